/** GET /api/inbox/people: the organisation's people as JSON, for its admin. */
import { peopleRoute } from '../pages/inbox-pages.tsx';
import { withProblems } from '../http/respond.ts';
import { onLambda } from '../http/lambda.ts';

export const handle = withProblems(peopleRoute);

export const handler = onLambda(handle);
