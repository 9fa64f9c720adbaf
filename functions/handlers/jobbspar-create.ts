/** POST /api/jobbspar: a supplier's new track from LOIs of its inbox. */
import { createJobbsparFrom } from '../domain/jobbspar.ts';
import { onLambda } from '../http/lambda.ts';
import { createRoute } from '../pages/jobbspar-pages.tsx';

export const handle = createRoute(createJobbsparFrom);

export const handler = onLambda(handle);
