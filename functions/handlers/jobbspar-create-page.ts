/** GET /personal/jobbspar/ny/: choosing the LOIs of a new track, then its plan. */
import { onLambda } from '../http/lambda.ts';
import { createPageRoute } from '../pages/jobbspar-pages.tsx';

export const handle = createPageRoute;

export const handler = onLambda(handle);
