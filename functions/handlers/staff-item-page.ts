/** GET /personal/arende/{kind}/{id}/: an item of the inbox, its history and the forms that act on it. */
import { onLambda } from '../http/lambda.ts';
import { itemPageRoute } from '../pages/inbox-pages.tsx';

export const handle = itemPageRoute;

export const handler = onLambda(handle);
