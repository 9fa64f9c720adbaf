/**
 * POST /api/loi/check: the plain LOI form's answers, to check before they are sent to /api/loi; or,
 * from the check page's "Ändra", the form again with the answers, to change one. Nothing is stored.
 */
import { onLambda } from '../http/lambda.ts';
import { readBody } from '../http/body.ts';
import { html, HttpProblem, withProblems } from '../http/respond.ts';
import { occupationsAt, submittedInput } from '../http/submission.ts';
import { parseSubmission } from '../domain/input.ts';
import { supplierChoiceErrors } from '../domain/routing.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { loiSchema } from '../../core/contracts/loi.ts';
import { loiForm } from '../../core/contracts/form-options.ts';
import { changeField, loiCheckPage, loiFormPage } from '../pages/loi-form.tsx';

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  if (body.kind !== 'form')
    throw new HttpProblem(415, 'Fel innehållstyp', [
      { path: '', message: 'Här kontrolleras formulärets svar: skicka application/x-www-form-urlencoded, eller JSON till /api/loi' },
    ]);
  const catalogue = await publishedCatalogue();
  const { params } = body;
  if (params.has(changeField)) {
    params.delete(changeField);
    return html(200, loiFormPage(params, [], catalogue.tilldelning, catalogue.yrken));
  }
  const parsed = await parseSubmission(submittedInput(body, loiForm), loiSchema, occupationsAt);
  const errors = parsed.ok ? supplierChoiceErrors(catalogue, parsed.value) : parsed.errors;
  if (errors.length > 0) return html(422, loiFormPage(params, errors, catalogue.tilldelning, catalogue.yrken));
  return html(200, loiCheckPage(params, catalogue.tilldelning));
});

export const handler = onLambda(handle);
