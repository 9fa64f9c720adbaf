/** GET /leverantorer/urval/?kommun=…: a kommun's suppliers filtered and sorted, for browsers without JavaScript. */
import { onLambda } from '../http/lambda.ts';
import { withProblems } from '../http/respond.ts';
import { filteredListPage } from '../pages/supplier-choice.tsx';

export const handle = withProblems(async (request) => filteredListPage(request.query));

export const handler = onLambda(handle);
