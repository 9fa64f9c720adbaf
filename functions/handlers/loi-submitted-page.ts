/** GET /arbetsgivare/avsiktsforklaring/skickad/?id=…: the page after submission, with matching interventions. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { submittedLoi } from '../domain/loi.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { submittedPage } from '../pages/loi-status.tsx';

export const handle = pageOrProblemPage(async (request) => html(200, submittedPage(await submittedLoi(request.query.get('id') ?? ''))));

export const handler = onLambda(handle);
