/** POST /api/jobbspar/{id}/status: the owner moves the track on, or cancels it. */
import { changeJobbsparStatus } from '../domain/jobbspar.ts';
import { onLambda } from '../http/lambda.ts';
import { trackActionRoute } from '../pages/jobbspar-pages.tsx';

export const handle = trackActionRoute('status', changeJobbsparStatus);

export const handler = onLambda(handle);
