/** POST /api/needs: a new needs signal, as JSON (with Idempotency-Key) or from the plain form. */
import { needsForm, needsSchema } from '../../core/contracts/signals.ts';
import { readBody } from '../http/body.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import { formKey } from '../domain/idempotent.ts';
import { parseSubmission } from '../domain/input.ts';
import { submitNeeds } from '../domain/signals.ts';
import { needsSentPath } from '../../core/paths.ts';
import { needsFormPage } from '../pages/signals.tsx';

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  const parsed = await parseSubmission(body, needsSchema, needsForm, ['behov', 'yrken']);
  if (body.kind === 'form') {
    if (!parsed.ok) return html(422, await needsFormPage(body.params, parsed.errors));
    await submitNeeds(parsed.value, formKey(parsed.value));
    return redirect(needsSentPath);
  }
  const key = idempotencyKey(request, 'behovssignal');
  if (!parsed.ok) throw new HttpProblem(422, 'Behovssignalen har fel', parsed.errors);
  const response = await submitNeeds(parsed.value, key);
  return json(response.status, response.body);
});

export const handler = onLambda(handle);
