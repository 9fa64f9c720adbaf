/**
 * Idempotency records: the first request with a key claims it with a conditional put; a retry
 * with the same key and body gets the stored answer, another body with the key is a conflict.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { epochSeconds, expiryGroup } from './table.ts';

/** How long a key is remembered. */
const keepSeconds = 24 * 60 * 60;
/** A claim older than this whose request never finished (a crash) may be taken over. */
const staleClaimSeconds = 30;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'conflict' }
  | { kind: 'in-progress' };

const key = (idempotencyKey: string) => ({ pk: `IDEMPOTENCY#${idempotencyKey}`, sk: 'IDEMPOTENCY' });

export async function claimIdempotencyKey(idempotencyKey: string, requestHash: string): Promise<Claim> {
  const now = epochSeconds();
  const item = { ...key(idempotencyKey), requestHash, claimedAt: now, expiryGroup, expiresAt: now + keepSeconds };
  try {
    await dynamo.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return { kind: 'claimed' };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const { Item } = await dynamo.send(new GetCommand({ TableName: tableName, Key: key(idempotencyKey), ConsistentRead: true }));
  if (!Item) return claimIdempotencyKey(idempotencyKey, requestHash); // purged in between
  if (Item.requestHash !== requestHash) return { kind: 'conflict' };
  if (Item.response) return { kind: 'replay', response: Item.response as StoredResponse };
  if (Item.claimedAt > now - staleClaimSeconds) return { kind: 'in-progress' };
  try {
    await dynamo.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key(idempotencyKey),
        UpdateExpression: 'SET claimedAt = :now',
        ConditionExpression: 'claimedAt = :seen AND attribute_not_exists(#response)',
        ExpressionAttributeNames: { '#response': 'response' },
        ExpressionAttributeValues: { ':now': now, ':seen': Item.claimedAt },
      }),
    );
    return { kind: 'claimed' };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return { kind: 'in-progress' };
    throw error;
  }
}

export async function completeIdempotencyKey(idempotencyKey: string, response: StoredResponse): Promise<void> {
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key(idempotencyKey),
      UpdateExpression: 'SET #response = :response',
      ExpressionAttributeNames: { '#response': 'response' },
      ExpressionAttributeValues: { ':response': response },
    }),
  );
}

/** Gives a key up after a request failed, so a retry can run it again. */
export async function releaseIdempotencyKey(idempotencyKey: string): Promise<void> {
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key(idempotencyKey),
      UpdateExpression: 'SET claimedAt = :zero',
      ExpressionAttributeValues: { ':zero': 0 },
    }),
  );
}
