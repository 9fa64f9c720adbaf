/** POST /api/inbox/{kind}/{id}/note: an internal note on an item. */
import { note } from '../domain/casework.ts';
import { caseActionRoute } from '../pages/inbox-pages.tsx';
import { onLambda } from '../http/lambda.ts';

export const handle = caseActionRoute('note', note);

export const handler = onLambda(handle);
