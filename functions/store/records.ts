/**
 * Submissions (LOIs, needs signals, gap reports) as single items: created once, read by key, moved
 * from one status to the next with a condition, their deliveries appended. Every write is a
 * single-item conditional write: the embedded store has no transactions, and none are needed.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';

/** Submissions' ids are UUIDs: anything else is not looked up at all. */
export const isRecordId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

export interface ItemKey {
  pk: string;
  sk: string;
}

/** The store's own attributes (keys and index groups) are not part of a record. */
const internal = new Set(['pk', 'sk', 'expiryGroup', 'retryGroup', 'retryAt', 'unroutedGroup', 'demandMonth', 'demandAt']);
const recordOf = <T>(item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([name]) => !internal.has(name))) as T;

export async function createItem(key: ItemKey, item: object): Promise<void> {
  await dynamo.send(new PutCommand({ TableName: tableName, Item: { ...key, ...item }, ConditionExpression: 'attribute_not_exists(pk)' }));
}

export async function getItem<T>(key: ItemKey): Promise<T | undefined> {
  const { Item } = await dynamo.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return Item && recordOf<T>(Item);
}

/**
 * Moves an item to status `to` if its status is one of `from`, appending to its history and
 * setting the attributes given. Undefined when it is not in one of those states (someone else
 * moved it first).
 */
export async function transitionItem<T>(key: ItemKey, from: readonly string[], to: string, set: Record<string, unknown> = {}): Promise<T | undefined> {
  const at = new Date().toISOString();
  const names: Record<string, string> = { '#status': 'status', '#history': 'history' };
  const values: Record<string, unknown> = { ':to': to, ':entry': [{ status: to, at }] };
  const assignments = ['#status = :to', '#history = list_append(#history, :entry)'];
  for (const [name, value] of Object.entries(set)) {
    names[`#${name}`] = name;
    values[`:${name}`] = value;
    assignments.push(`#${name} = :${name}`);
  }
  from.forEach((status, i) => (values[`:from${i}`] = status));
  try {
    const { Attributes } = await dynamo.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: `SET ${assignments.join(', ')}`,
        ConditionExpression: `attribute_exists(pk) AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return recordOf<T>(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

export async function appendToList(key: ItemKey, list: string, entries: unknown[]): Promise<void> {
  if (entries.length === 0) return;
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET #list = list_append(#list, :new)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#list': list },
      ExpressionAttributeValues: { ':new': entries },
    }),
  );
}
