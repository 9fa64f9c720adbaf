/** GET /personal/jobbspar/: the tracks the person's organisation reads. */
import { onLambda } from '../http/lambda.ts';
import { listPageRoute } from '../pages/jobbspar-pages.tsx';

export const handle = listPageRoute;

export const handler = onLambda(handle);
