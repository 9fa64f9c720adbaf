/** GET /jobbspar/{id}/: a track the public may read. */
import { onLambda } from '../http/lambda.ts';
import { publicTrackRoute } from '../pages/jobbspar-pages.tsx';

export const handle = publicTrackRoute;

export const handler = onLambda(handle);
