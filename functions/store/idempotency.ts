/**
 * Idempotency records: the first request with a key claims it with a conditional put; a retry
 * with the same key and payload gets the stored response, another payload with the key is a conflict.
 */
import * as z from 'zod';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { config } from '../config.ts';
import { dynamo, tableName } from './client.ts';
import { getItem, Update, updateItem } from './records.ts';
import { epochSeconds, indexEntries, keys } from './table.ts';

/** How long a key is remembered. */
const keepSeconds = 24 * 60 * 60;

const storedResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});

export type StoredResponse = z.infer<typeof storedResponseSchema>;

const idempotencyRecordSchema = z.object({
  /** The hash of the payload the key was used with; none once its request failed and released it. */
  requestHash: z.string().optional(),
  /** When the running request claimed the key, epoch seconds. */
  claimedAt: z.number(),
  /** The answer, once the request has finished. */
  response: storedResponseSchema.optional(),
});

/** The claim's time is what tells the request that holds it from one that took over a stale claim. */
export type Claim =
  | { kind: 'claimed'; claimedAt: number }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'conflict' }
  | { kind: 'in-progress' };

export async function claimIdempotencyKey(idempotencyKey: string, requestHash: string): Promise<Claim> {
  const key = keys.idempotency(idempotencyKey);
  const now = epochSeconds();
  const item = { ...key, ...indexEntries.expiring, requestHash, claimedAt: now, expiresAt: now + keepSeconds };
  try {
    await dynamo.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return { kind: 'claimed', claimedAt: now };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const record = await getItem(key, idempotencyRecordSchema);
  if (!record) return claimIdempotencyKey(idempotencyKey, requestHash); // purged in between
  const released = record.requestHash === undefined;
  if (!released && record.requestHash !== requestHash) return { kind: 'conflict' };
  if (record.response) return { kind: 'replay', response: record.response };
  if (!released && record.claimedAt > now - config.idempotencyClaimSeconds) return { kind: 'in-progress' };
  // Released by a failed request, or claimed by one that never finished (a crash): taken over.
  const takeOver = new Update().set({ requestHash, claimedAt: now });
  const unchanged = `${takeOver.name('claimedAt')} = ${takeOver.value(record.claimedAt)} AND attribute_not_exists(${takeOver.name('response')})`;
  return (await updateItem(key, takeOver, unchanged)) ? { kind: 'claimed', claimedAt: now } : { kind: 'in-progress' };
}

export async function completeIdempotencyKey(idempotencyKey: string, response: StoredResponse): Promise<void> {
  await updateItem(keys.idempotency(idempotencyKey), new Update().set({ response }));
}

/**
 * Releases a key after its request failed, as if it had not come, so that a retry (with the
 * payload put right, say) runs afresh. Only the request's own claim is released.
 */
export async function releaseIdempotencyKey(idempotencyKey: string, claimedAt: number): Promise<void> {
  const release = new Update().remove('requestHash').set({ claimedAt: 0 });
  await updateItem(
    keys.idempotency(idempotencyKey),
    release,
    `${release.name('claimedAt')} = ${release.value(claimedAt)} AND attribute_not_exists(${release.name('response')})`,
  );
}
