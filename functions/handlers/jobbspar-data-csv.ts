/** GET /data/jobbspar.csv: the public tracks as CSV. */
import { onLambda } from '../http/lambda.ts';
import { openCsvRoute } from '../pages/jobbspar-pages.tsx';

export const handle = openCsvRoute;

export const handler = onLambda(handle);
