/**
 * POST /api/jobbspar/{id}/{action}: the owner changes the plan (plan) or moves the track on
 * (status); Arbetsförmedlingen records the candidates sent and the owner the rest (counts).
 */
import { changeJobbsparStatus, changePlan, recordCounts } from '../domain/jobbspar.ts';
import { onLambda } from '../http/lambda.ts';
import { trackActionRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackActionRoute({ plan: changePlan, status: changeJobbsparStatus, counts: recordCounts });

export const handler = onLambda(handle);
