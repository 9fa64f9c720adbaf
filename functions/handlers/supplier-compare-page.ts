/** GET /leverantorer/jamfor/?kommun=…&lev=…: up to three of a kommun's suppliers side by side. */
import { onLambda } from '../http/lambda.ts';
import { withProblems } from '../http/respond.ts';
import { comparePage } from '../pages/supplier-choice.tsx';

export const handle = withProblems(async (request) => comparePage(request.query));

export const handler = onLambda(handle);
