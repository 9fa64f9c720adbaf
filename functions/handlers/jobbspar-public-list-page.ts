/** GET /jobbspar/[?fa=NN]: the tracks that recruit now. */
import { onLambda } from '../http/lambda.ts';
import { publicListRoute } from '../pages/jobbspar-pages.tsx';

export const handle = publicListRoute;

export const handler = onLambda(handle);
