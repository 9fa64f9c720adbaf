/** GET /api/inbox/export: the inbox under the filters as CSV. */
import { exportRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = exportRoute;

export const handler = onLambda(handle);
