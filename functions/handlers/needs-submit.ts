/** POST /api/needs: a new needs signal, as JSON (with Idempotency-Key) or from the plain form. */
import { needsForm, needsSchema, type Needs } from '../../core/contracts/signals.ts';
import { readBody } from '../http/body.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { formKey, makeIdempotent } from '../http/idempotency.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import { submittedInput } from '../http/submission.ts';
import { parseSubmission } from '../domain/input.ts';
import { submitNeeds } from '../domain/signals.ts';
import { needsSentPath } from '../../core/paths.ts';
import { needsFormPage } from '../pages/signals.tsx';

const once = { another: 'en annan behovssignal', inProgress: 'Behovssignalen tas redan emot' };

const submitJson = makeIdempotent(async (needs: Needs) => {
  const { id, reference, status } = await submitNeeds(needs);
  return json(201, { id, reference, status, links: { submitted: needsSentPath } });
}, once);

const submitForm = makeIdempotent(async (needs: Needs) => {
  await submitNeeds(needs);
  return redirect(needsSentPath);
}, once);

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  const parsed = await parseSubmission(submittedInput(body, needsForm), needsSchema, ['behov', 'yrken']);
  if (body.kind === 'form') {
    if (!parsed.ok) return html(422, await needsFormPage(body.params, parsed.errors));
    return submitForm(formKey(parsed.value), parsed.value);
  }
  const key = idempotencyKey(request, 'behovssignal');
  if (!parsed.ok) throw new HttpProblem(422, 'Behovssignalen har fel', parsed.errors);
  return submitJson(key, parsed.value);
});

export const handler = onLambda(handle);
