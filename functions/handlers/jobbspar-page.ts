/** GET /personal/jobbspar/{id}/: a track, its forms and its history. */
import { onLambda } from '../http/lambda.ts';
import { trackPageRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackPageRoute;

export const handler = onLambda(handle);
