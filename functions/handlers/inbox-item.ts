/** GET /api/inbox/{kind}/{id}: an item of the inbox as JSON, when the person's organisation sees it. */
import { itemRoute } from '../pages/inbox-pages.tsx';
import { withProblems } from '../http/respond.ts';
import { onLambda } from '../http/lambda.ts';

export const handle = withProblems(itemRoute);

export const handler = onLambda(handle);
