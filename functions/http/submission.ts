/**
 * Submissions over HTTP: what a request submits, and the POST that takes an employer's submission,
 * as JSON with an Idempotency-Key or from the plain form.
 */
import type * as z from 'zod';
import { formToObject, type FormShape } from '../../core/contracts/form.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { parseSubmission } from '../domain/input.ts';
import { readBody, type Body } from './body.ts';
import { idempotencyKey } from './idempotency-key.ts';
import { formKey, makeIdempotent } from './idempotency.ts';
import { withinMailBudget } from './rate-limit.ts';
import { html, HttpProblem, json, problemOf, redirect, withProblems } from './respond.ts';
import type { Handle } from './types.ts';

/** The JSON body, or the plain form's fields as the object its contract reads. */
export const submittedInput = (body: Body, form: FormShape): unknown =>
  body.kind === 'form' ? formToObject(body.params, form) : body.value;

/** An employer's submission (an LOI, a needs signal) lists its occupations here. */
export const occupationsAt = ['behov', 'yrken'];

interface Submitted {
  id: string;
  reference: string;
  status: string;
}

/** What a submission says of its sender: the confirm mail goes there, when it has an address. */
type FromSender = z.ZodType<{ kontakt: { epost?: string } }>;

interface SubmissionPost<S extends FromSender, T extends Submitted> {
  schema: S;
  form: FormShape;
  /** The submission as the texts name it: "avsiktsförklaring", and in its definite form "Avsiktsförklaringen". */
  named: { indefinite: string; definite: string };
  /** Stores the submission under the id given (see makeIdempotent's requestId). */
  submit: (value: z.output<S>, id: string) => Promise<T>;
  /** The page that tells the sender the submission is stored: where the plain form goes on to, the link a JSON client gets. */
  sentPath: (submitted: T) => string;
  /** Where a JSON client reads the stored submission, if it can. */
  location?: (submitted: T) => string;
  /** The form again, with what was written and its errors. */
  formPage: (posted: URLSearchParams, errors: FieldError[]) => string | Promise<string>;
}

/**
 * The handler of a submission's POST. A JSON client gets its errors as a problem and may retry with
 * its Idempotency-Key; the plain form is shown again with its errors, those of its contract and
 * those the domain finds, and has no key of its own: the same content sent twice (a double click)
 * is one submission.
 */
export function submissionPost<S extends FromSender, T extends Submitted>(post: SubmissionPost<S, T>): Handle {
  const { indefinite, definite } = post.named;
  const once = { another: `en annan ${indefinite}`, inProgress: `${definite} tas redan emot` };
  // Counted before the submission is stored, so a refused one is not; a retry answered again from its key sends no mail and is not counted.
  const submit = async (value: z.output<S>, requestId: string) => {
    // An anonymous sender gets no mail, so spends no budget.
    if (value.kontakt.epost) await withinMailBudget(value.kontakt.epost);
    return post.submit(value, requestId);
  };
  const submitJson = makeIdempotent(async (value: z.output<S>, requestId) => {
    const submitted = await submit(value, requestId);
    const { id, reference, status } = submitted;
    const headers: Record<string, string> = post.location ? { Location: post.location(submitted) } : {};
    return json(201, { id, reference, status, links: { submitted: post.sentPath(submitted) } }, headers);
  }, once);
  const submitForm = makeIdempotent(async (value: z.output<S>, requestId) => redirect(post.sentPath(await submit(value, requestId))), once);
  return withProblems(async (request) => {
    const body = readBody(request);
    const parsed = await parseSubmission(submittedInput(body, post.form), post.schema, occupationsAt);
    if (body.kind === 'form') {
      if (!parsed.ok) return html(422, await post.formPage(body.params, parsed.errors));
      try {
        return await submitForm(formKey(parsed.value), parsed.value);
      } catch (error) {
        const found = problemOf(error);
        if (found?.status === 422 && found.errors.length > 0) return html(422, await post.formPage(body.params, found.errors));
        throw error;
      }
    }
    const key = idempotencyKey(request, indefinite);
    if (!parsed.ok) throw new HttpProblem(422, `${definite} har fel`, parsed.errors);
    return submitJson(key, parsed.value);
  });
}
