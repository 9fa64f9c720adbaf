/** GET /api/inbox: a page of the signed-in person's inbox as JSON, with the counts per status and the next page's cursor. */
import { inboxListRoute } from '../pages/inbox-pages.tsx';
import { withProblems } from '../http/respond.ts';
import { onLambda } from '../http/lambda.ts';

export const handle = withProblems(inboxListRoute);

export const handler = onLambda(handle);
