/** POST /api/jobbspar/{id}/plan: the owner changes the track's plan. */
import { changePlan } from '../domain/jobbspar.ts';
import { onLambda } from '../http/lambda.ts';
import { trackActionRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackActionRoute('plan', changePlan);

export const handler = onLambda(handle);
