/**
 * Answering a submission once, whatever the retries, in the shape of the idempotency utility of
 * Powertools for AWS Lambda (`makeIdempotent`): the wrapped function runs once per
 * Idempotency-Key, and its response is stored with a hash of the payload. A retry with the same
 * key and payload gets the stored response; another payload with the key is a conflict, and so
 * is a retry while the first request still runs. A failed request leaves no trace, so that a
 * retry runs afresh.
 *
 * A request whose run never finished (a crash) may be run again once its claim is old. So that
 * the second run does not do twice what the first did, the wrapped function gets a `requestId`:
 * the same for every run of one key and payload, and a submission takes it as its id.
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

/** A UUID-shaped id (version 8: made by this hash) of a key and its payload. */
function requestIdOf(idempotencyKey: string, payloadHash: string): string {
  const hex = createHash('sha256').update(`${idempotencyKey}\n${payloadHash}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function makeIdempotent<I>(
  respond: (input: I, requestId: string) => Promise<HttpResponse>,
  { another, inProgress, payload = (input) => input }: IdempotencyOptions<I>,
) {
  return async (idempotencyKey: string, input: I): Promise<HttpResponse> => {
    const payloadHash = contentHash(payload(input));
    const claim = await claimIdempotencyKey(idempotencyKey, payloadHash);
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
      const response = await respond(input, requestIdOf(idempotencyKey, payloadHash));
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
