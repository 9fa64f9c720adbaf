/**
 * Submitting once, whatever the retries: the first request with an Idempotency-Key stores the
 * submission, a retry with the same key and body gets the same answer, another body is a conflict.
 */
import { createHash } from 'node:crypto';
import { HttpProblem } from '../http/respond.ts';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, type StoredResponse } from '../store/idempotency.ts';

export interface SubmissionWords {
  /** "en annan avsiktsförklaring" */
  another: string;
  /** "Avsiktsförklaringen tas redan emot" */
  inProgress: string;
}

/** The same submission always hashes the same: a retry is told from another body by it. */
const contentHash = (submission: unknown) => createHash('sha256').update(JSON.stringify(submission)).digest('hex');

export async function submitOnce(idempotencyKey: string, submission: unknown, words: SubmissionWords, store: () => Promise<StoredResponse>): Promise<StoredResponse> {
  const claim = await claimIdempotencyKey(idempotencyKey, contentHash(submission));
  if (claim.kind === 'replay') return claim.response;
  if (claim.kind === 'conflict')
    throw new HttpProblem(409, 'Nyckeln är redan använd', [{ path: 'Idempotency-Key', message: `Samma Idempotency-Key har redan använts för ${words.another}` }]);
  if (claim.kind === 'in-progress')
    throw new HttpProblem(409, words.inProgress, [
      { path: 'Idempotency-Key', message: 'En förfrågan med samma nyckel behandlas just nu; försök igen om en stund' },
    ], undefined, { 'Retry-After': '2' });
  try {
    const response = await store();
    await completeIdempotencyKey(idempotencyKey, response);
    return response;
  } catch (error) {
    await releaseIdempotencyKey(idempotencyKey).catch(() => undefined);
    throw error;
  }
}

/** The key of a plain form's post, which has none of its own: the same content twice is one submission. */
export const formKey = (submission: unknown) => `form-${contentHash(submission)}`;
