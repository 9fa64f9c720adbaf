/** POST /api/inbox/{kind}/{id}/hand-on: hands an item on to another organisation, or an LOI back to the next supplier. */
import { handOn } from '../domain/casework.ts';
import { caseActionRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = caseActionRoute('handOn', handOn);

export const handler = onLambda(handle);
