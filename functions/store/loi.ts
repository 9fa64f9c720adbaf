/**
 * LOIs and their idempotency records in the table. Every write is a single-item conditional
 * write: the embedded store has no transactions, and none are needed.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Loi } from '../contracts/loi.ts';
import { dynamo, tableName } from './client.ts';
import { expiryGroup } from './table.ts';

export const loiStatuses = ['unconfirmed', 'received', 'handled', 'planned', 'closed', 'withdrawn'] as const;
export type LoiStatus = (typeof loiStatuses)[number];

export interface Recipient {
  role: 'leverantor' | 'kommun' | 'arbetsformedlingen';
  organisation: string;
  epost: string;
}

export interface Delivery {
  /** What the message was about: the confirm link, the routed LOI, or its withdrawal. */
  purpose: 'confirm' | 'routed' | 'withdrawn';
  to: string;
  state: 'sent' | 'failed';
  attempts: number;
  at: string;
  error?: string;
}

export interface LoiRecord {
  id: string;
  reference: string;
  status: LoiStatus;
  history: { status: LoiStatus; at: string }[];
  loi: Loi;
  /** FA-region of the workplace kommun, derived on submission. */
  fa: string;
  /** SHA-256 of the private link's token; the token itself is only in the employer's e-mail. */
  tokenHash: string;
  createdAt: string;
  /** When the personal data is to be deleted, epoch seconds (the table's TTL attribute). */
  expiresAt: number;
  recipients: Recipient[];
  /** Roles that had no contact in the catalogue when the LOI was routed. */
  unrouted: Recipient['role'][];
  deliveries: Delivery[];
}

const loiKey = (id: string) => ({ pk: `LOI#${id}`, sk: 'LOI' });

export async function createLoi(record: LoiRecord): Promise<void> {
  await dynamo.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...loiKey(record.id), expiryGroup, ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getLoi(id: string): Promise<LoiRecord | undefined> {
  const { Item } = await dynamo.send(new GetCommand({ TableName: tableName, Key: loiKey(id), ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, expiryGroup: _group, ...record } = Item;
  return record as LoiRecord;
}

/**
 * Moves an LOI to `to` if its status is one of `from`, with the other attributes given.
 * Undefined when the LOI is not in one of those states (someone else moved it first).
 */
export async function transitionLoi(
  id: string,
  from: readonly LoiStatus[],
  to: LoiStatus,
  set: Partial<Pick<LoiRecord, 'expiresAt' | 'recipients' | 'unrouted'>> = {},
): Promise<LoiRecord | undefined> {
  const at = new Date().toISOString();
  const names: Record<string, string> = { '#status': 'status', '#history': 'history' };
  const values: Record<string, unknown> = { ':to': to, ':entry': [{ status: to, at }] };
  const assignments = ['#status = :to', '#history = list_append(#history, :entry)'];
  for (const [key, value] of Object.entries(set)) {
    names[`#${key}`] = key;
    values[`:${key}`] = value;
    assignments.push(`#${key} = :${key}`);
  }
  const allowed = from.map((_, i) => `:from${i}`);
  from.forEach((status, i) => (values[`:from${i}`] = status));
  try {
    const { Attributes } = await dynamo.send(
      new UpdateCommand({
        TableName: tableName,
        Key: loiKey(id),
        UpdateExpression: `SET ${assignments.join(', ')}`,
        ConditionExpression: `attribute_exists(pk) AND #status IN (${allowed.join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    const { pk: _pk, sk: _sk, expiryGroup: _group, ...record } = Attributes!;
    return record as LoiRecord;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

export async function addDeliveries(id: string, deliveries: Delivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: loiKey(id),
      UpdateExpression: 'SET deliveries = list_append(deliveries, :new)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':new': deliveries },
    }),
  );
}
