/** GET /data/jobbspar.schema.json: the JSON Schema of the open data. */
import { onLambda } from '../http/lambda.ts';
import { openSchemaRoute } from '../pages/jobbspar-pages.tsx';

export const handle = openSchemaRoute;

export const handler = onLambda(handle);
