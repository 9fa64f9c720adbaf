/** POST /api/loi/{id}/confirm: confirms the e-mail address and routes the LOI. The plain form is sent back to the status page. */
import { onLambda } from '../http/lambda.ts';
import { tokenAction } from '../http/token-action.ts';
import { checksLimited, linkInPath } from '../http/rate-limit.ts';
import { confirmLoi, loiView } from '../domain/loi.ts';
import { statusPath } from '../../core/paths.ts';

export const handle = checksLimited(linkInPath, tokenAction({ act: confirmLoi, view: loiView, page: statusPath, done: 'bekraftad' }));

export const handler = onLambda(handle);
