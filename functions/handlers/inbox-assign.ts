/** POST /api/inbox/{kind}/{id}/assign: makes a person of the organisation responsible for an item. */
import { assign } from '../domain/casework.ts';
import { caseActionRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = caseActionRoute('assign', assign);

export const handler = onLambda(handle);
