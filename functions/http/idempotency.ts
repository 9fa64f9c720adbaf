/**
 * Answering a submission once, whatever the retries, in the shape of the idempotency utility of
 * Powertools for AWS Lambda (`makeIdempotent`): the wrapped function runs once per
 * Idempotency-Key, and its response is stored with a hash of the payload. A retry with the same
 * key and payload gets the stored response; another payload with the key is a conflict, and so
 * is a retry while the first request still runs. A failed request leaves no trace, so that a
 * retry runs afresh.
 */
import { createHash } from 'node:crypto';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../store/idempotency.ts';
import { HttpProblem } from './respond.ts';
import type { HttpResponse } from './types.ts';

export interface IdempotencyOptions<I> {
  /** What the key was used for before, e.g. "en annan avsiktsförklaring". */
  another: string;
  /** The title while the first request runs, e.g. "Avsiktsförklaringen tas redan emot". */
  inProgress: string;
  /** The part of the input a retry must repeat; all of it unless told. */
  payload?: (input: I) => unknown;
}

/** The same payload always hashes the same: a retry is told from another payload by it. */
const contentHash = (payload: unknown) => createHash('sha256').update(JSON.stringify(payload)).digest('hex');

export function makeIdempotent<I>(
  respond: (input: I) => Promise<HttpResponse>,
  { another, inProgress, payload = (input) => input }: IdempotencyOptions<I>,
) {
  return async (idempotencyKey: string, input: I): Promise<HttpResponse> => {
    const claim = await claimIdempotencyKey(idempotencyKey, contentHash(payload(input)));
    if (claim.kind === 'replay') return claim.response;
    if (claim.kind === 'conflict')
      throw new HttpProblem(409, 'Nyckeln är redan använd', [
        { path: 'Idempotency-Key', message: `Samma Idempotency-Key har redan använts för ${another}` },
      ]);
    if (claim.kind === 'in-progress')
      throw new HttpProblem(
        409,
        inProgress,
        [{ path: 'Idempotency-Key', message: 'En förfrågan med samma nyckel behandlas just nu; försök igen om en stund' }],
        undefined,
        {
          'Retry-After': '2',
        },
      );
    try {
      const response = await respond(input);
      await completeIdempotencyKey(idempotencyKey, response);
      return response;
    } catch (error) {
      await releaseIdempotencyKey(idempotencyKey, claim.claimedAt).catch(() => undefined);
      throw error;
    }
  };
}

/** The key of a plain form's post, which has none of its own: the same content twice is one submission. */
export const formKey = (input: unknown) => `form-${contentHash(input)}`;
