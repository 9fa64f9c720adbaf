/** POST /api/inbox/{kind}/{id}/status: moves an item along its workflow. */
import { changeStatus } from '../domain/casework.ts';
import { caseActionRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = caseActionRoute('status', changeStatus);

export const handler = onLambda(handle);
