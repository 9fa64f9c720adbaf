/** POST /api/jobbspar/{id}/counts: Arbetsförmedlingen records the candidates sent, the owner the rest of the counts. */
import { recordCounts } from '../domain/jobbspar.ts';
import { onLambda } from '../http/lambda.ts';
import { trackActionRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackActionRoute('counts', recordCounts);

export const handler = onLambda(handle);
