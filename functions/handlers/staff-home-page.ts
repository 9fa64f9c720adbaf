/** GET /personal/: the signed-in person's inbox, its filters in the query string; without a session, the way to sign in. */
import { onLambda } from '../http/lambda.ts';
import { inboxPageRoute } from '../pages/inbox-pages.tsx';

export const handle = inboxPageRoute;

export const handler = onLambda(handle);
