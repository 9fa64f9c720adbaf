/** GET /api/jobbspar/{id}: a track as JSON. */
import { onLambda } from '../http/lambda.ts';
import { trackRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackRoute;

export const handler = onLambda(handle);
