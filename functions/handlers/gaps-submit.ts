/**
 * POST /api/gaps: a supplier's gap report, with its key as the bearer token (JSON, with
 * Idempotency-Key) or in the plain form's "nyckel" field.
 */
import { gapForm, gapSchema } from '../../core/contracts/signals.ts';
import { readBody } from '../http/body.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import { formKey } from '../domain/idempotent.ts';
import { parseSubmission } from '../domain/input.ts';
import { submitGap } from '../domain/signals.ts';
import { gapSentPath } from '../../core/paths.ts';
import { authenticateSupplier } from '../domain/supplier-keys.ts';
import { gapFormPage } from '../pages/signals.tsx';
import { bearerOf } from '../http/credentials.ts';

const occupationsAt = ['profil', 'yrken'];

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  if (body.kind === 'form') return fromForm(body.params);
  const supplier = await authenticateSupplier(bearerOf(request), 'Authorization');
  const key = idempotencyKey(request, 'bristrapport');
  const parsed = await parseSubmission(body, gapSchema, gapForm, occupationsAt);
  if (!parsed.ok) throw new HttpProblem(422, 'Bristrapporten har fel', parsed.errors);
  const response = await submitGap(parsed.value, supplier, key);
  return json(response.status, response.body);
});

/** The plain form: every problem, the key's too, is shown on the form again with what was written. */
async function fromForm(posted: URLSearchParams) {
  const report = new URLSearchParams(posted);
  report.delete('nyckel');
  try {
    const supplier = await authenticateSupplier(posted.get('nyckel') || undefined, 'nyckel');
    const parsed = await parseSubmission({ kind: 'form', params: report }, gapSchema, gapForm, occupationsAt);
    if (!parsed.ok) throw new HttpProblem(422, 'Bristrapporten har fel', parsed.errors);
    await submitGap(parsed.value, supplier, formKey({ report: parsed.value, supplier: supplier.supplier }));
    return redirect(gapSentPath);
  } catch (error) {
    if (error instanceof HttpProblem && error.errors.length > 0 && error.status < 500) return html(error.status, await gapFormPage(posted, error.errors));
    throw error;
  }
}

export const handler = onLambda(handle);
