/** POST /api/loi: a new Letter of Intent, as JSON (with Idempotency-Key) or from the plain form. */
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import { formKey } from '../domain/idempotent.ts';
import { submitLoi, type Submitted } from '../domain/loi.ts';
import { submittedPath } from '../../core/paths.ts';
import { parseSubmission } from '../domain/input.ts';
import { loiForm, loiSchema } from '../../core/contracts/loi.ts';
import { loiFormPage } from '../pages/loi-form.tsx';

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  const parsed = await parseSubmission(body, loiSchema, loiForm, ['behov', 'yrken']);
  if (body.kind === 'form') {
    if (!parsed.ok) return html(422, await loiFormPage(body.params, parsed.errors));
    // A plain form has no key of its own: the same LOI sent twice (a double click) is one LOI.
    const { body: submitted } = await submitLoi(parsed.value, formKey(parsed.value));
    return redirect(submittedPath((submitted as Submitted).id));
  }
  const key = idempotencyKey(request, 'avsiktsförklaring');
  if (!parsed.ok) throw new HttpProblem(422, 'Avsiktsförklaringen har fel', parsed.errors);
  const response = await submitLoi(parsed.value, key);
  return json(response.status, response.body, { Location: `/api/loi/${(response.body as Submitted).id}` });
});

export const handler = onLambda(handle);
