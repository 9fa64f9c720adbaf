/** POST /api/loi: a new Letter of Intent, as JSON (with Idempotency-Key) or from the plain form. */
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { formKey, makeIdempotent } from '../http/idempotency.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import { submittedInput } from '../http/submission.ts';
import { submitLoi } from '../domain/loi.ts';
import { submittedPath } from '../../core/paths.ts';
import { parseSubmission } from '../domain/input.ts';
import { loiForm, loiSchema, type Loi } from '../../core/contracts/loi.ts';
import { loiFormPage } from '../pages/loi-form.tsx';

const once = { another: 'en annan avsiktsförklaring', inProgress: 'Avsiktsförklaringen tas redan emot' };

const submitJson = makeIdempotent(async (loi: Loi) => {
  const { id, reference, status } = await submitLoi(loi);
  return json(201, { id, reference, status, links: { submitted: submittedPath(id) } }, { Location: `/api/loi/${id}` });
}, once);

const submitForm = makeIdempotent(async (loi: Loi) => redirect(submittedPath((await submitLoi(loi)).id)), once);

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  const parsed = await parseSubmission(submittedInput(body, loiForm), loiSchema, ['behov', 'yrken']);
  if (body.kind === 'form') {
    if (!parsed.ok) return html(422, await loiFormPage(body.params, parsed.errors));
    // A plain form has no key of its own: the same LOI sent twice (a double click) is one LOI.
    return submitForm(formKey(parsed.value), parsed.value);
  }
  const key = idempotencyKey(request, 'avsiktsförklaring');
  if (!parsed.ok) throw new HttpProblem(422, 'Avsiktsförklaringen har fel', parsed.errors);
  return submitJson(key, parsed.value);
});

export const handler = onLambda(handle);
