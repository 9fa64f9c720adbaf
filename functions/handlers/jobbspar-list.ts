/** GET /api/jobbspar: the tracks the person's organisation reads, as JSON. */
import { onLambda } from '../http/lambda.ts';
import { listRoute } from '../pages/jobbspar-pages.tsx';

export const handle = listRoute;

export const handler = onLambda(handle);
