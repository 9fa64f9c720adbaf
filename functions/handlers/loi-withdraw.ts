/** POST /api/loi/{id}/withdraw: withdraws the LOI and tells its recipients. The plain form is sent back to the status page. */
import { onLambda } from '../http/lambda.ts';
import { tokenAction } from '../http/token-action.ts';
import { checksLimited, linkInPath } from '../http/rate-limit.ts';
import { withdrawLoi, loiView } from '../domain/loi.ts';
import { statusPath } from '../../core/paths.ts';

export const handle = checksLimited(linkInPath, tokenAction({ act: withdrawLoi, view: loiView, page: statusPath, done: 'tillbakadragen' }));

export const handler = onLambda(handle);
