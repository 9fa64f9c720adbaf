/** GET /data/jobbspar.json: the public tracks as open data. */
import { onLambda } from '../http/lambda.ts';
import { openJsonRoute } from '../pages/jobbspar-pages.tsx';

export const handle = openJsonRoute;

export const handler = onLambda(handle);
