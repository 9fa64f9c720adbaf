/** GET /personal/personer/: the organisation's people, for its admin. */
import { onLambda } from '../http/lambda.ts';
import { peoplePageRoute } from '../pages/inbox-pages.tsx';

export const handle = peoplePageRoute;

export const handler = onLambda(handle);
