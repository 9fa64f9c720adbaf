/**
 * POST /api/gaps: a supplier's gap report, with its key as the bearer token (JSON, with
 * Idempotency-Key) or in the plain form's "nyckel" field.
 */
import { gapSchema, type Gap } from '../../core/contracts/signals.ts';
import { gapForm } from '../../core/contracts/form-options.ts';
import { readBody } from '../http/body.ts';
import { idempotencyKey } from '../http/idempotency-key.ts';
import { formKey, makeIdempotent } from '../http/idempotency.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json, problemOf, redirect, withProblems } from '../http/respond.ts';
import { submittedInput } from '../http/submission.ts';
import { parseSubmission } from '../domain/input.ts';
import { submitGap } from '../domain/signals.ts';
import { gapSentPath } from '../../core/paths.ts';
import { authenticateSupplier, supplierNamedBy } from '../domain/supplier-keys.ts';
import type { SupplierKey } from '../store/keys.ts';
import { gapFormPage } from '../pages/signals.tsx';
import { bearerOf } from '../http/credentials.ts';
import { checksLimited, submissionsLimited } from '../http/rate-limit.ts';
import type { HttpRequest } from '../http/types.ts';

const occupationsAt = ['profil', 'yrken'];

interface Report {
  gap: Gap;
  key: SupplierKey;
}

const once = {
  another: 'en annan bristrapport',
  inProgress: 'Bristrapporten tas redan emot',
  // Any of the supplier's keys may send the report again.
  payload: ({ gap, key }: Report) => ({ gap, supplier: key.supplier }),
};

const submitJson = makeIdempotent(async ({ gap, key }: Report, requestId) => {
  const { id, reference, status, recipients } = await submitGap(gap, key, requestId);
  return json(201, {
    id,
    reference,
    status,
    recipients: recipients.map(({ organisation, roll }) => ({ organisation, roll })),
    links: { submitted: gapSentPath },
  });
}, once);

const submitForm = makeIdempotent(async ({ gap, key }: Report, requestId) => {
  await submitGap(gap, key, requestId);
  return redirect(gapSentPath);
}, once);

/** The supplier whose key a request tries, in the header or in the plain form's field: guesses against one supplier's keys are counted together. */
function supplierTried(request: HttpRequest) {
  const body = readBody(request);
  const key = body.kind === 'form' ? body.params.get('nyckel') : bearerOf(request);
  const supplier = key ? supplierNamedBy(key) : undefined;
  return supplier && `supplier:${supplier}`;
}

export const handle = submissionsLimited(
  checksLimited(
    supplierTried,
    withProblems(async (request) => {
      const body = readBody(request);
      if (body.kind === 'form') return fromForm(body.params);
      const key = await authenticateSupplier(bearerOf(request), 'Authorization');
      const idempotency = idempotencyKey(request, 'bristrapport');
      const parsed = await parseSubmission(body.value, gapSchema, occupationsAt);
      if (!parsed.ok) throw new HttpProblem(422, 'Bristrapporten har fel', parsed.errors);
      return submitJson(idempotency, { gap: parsed.value, key });
    }),
  ),
);

/**
 * The plain form: every problem, the key's too, is shown on the form again with what was written.
 * The key and the fields are checked together, so one round shows every error.
 */
async function fromForm(posted: URLSearchParams) {
  const report = new URLSearchParams(posted);
  report.delete('nyckel');
  try {
    const parsed = await parseSubmission(submittedInput({ kind: 'form', params: report }, gapForm), gapSchema, occupationsAt);
    const key = await authenticateSupplier(posted.get('nyckel') || undefined, 'nyckel').catch((error: unknown) => {
      const problem = problemOf(error);
      if (problem && !parsed.ok)
        throw new HttpProblem(problem.status, problem.title, [...problem.errors, ...parsed.errors], problem.detail, problem.headers);
      throw error;
    });
    if (!parsed.ok) throw new HttpProblem(422, 'Bristrapporten har fel', parsed.errors);
    const input = { gap: parsed.value, key };
    return await submitForm(formKey(once.payload(input)), input);
  } catch (error) {
    const problem = problemOf(error);
    if (problem && problem.errors.length > 0 && problem.status < 500)
      return html(problem.status, await gapFormPage(posted, problem.errors));
    throw error;
  }
}

export const handler = onLambda(handle);
