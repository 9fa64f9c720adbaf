/** POST /api/inbox/{kind}/{id}/message: a message to the employer, mailed and shown on the LOI's status page. */
import { message } from '../domain/casework.ts';
import { caseActionRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = caseActionRoute('message', message);

export const handler = onLambda(handle);
