/**
 * Needs signals and gap reports in the table. Each recipient's delivery is an entry of its own in
 * the item's `deliveries` map, written by itself, so one failing recipient never holds back or
 * overwrites another. While a delivery waits for another try the item is in the
 * "deliveries-due-by-time" index; a submission without any recipient, or with a delivery given up,
 * is in "unrouted-by-time".
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Gap, Needs } from '../../core/contracts/signals.ts';
import type { RoutingRecipient } from '../catalogue/index.ts';
import { dynamo, tableName } from './client.ts';
import type { DemandAttributes } from './demand.ts';
import { queryIndex } from './query.ts';
import { createItem, getItem, transitionItem } from './records.ts';
import { expiryGroup, retryGroup, table, unroutedGroup } from './table.ts';

export type SignalStatus = 'unconfirmed' | 'received';

/** A recipient as routed: the routing table's entry with an id its delivery is kept under. */
export type SignalRecipient = RoutingRecipient & { id: string };

export interface RecipientDelivery {
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastAttemptAt?: string;
  /** When the next try is due, epoch seconds; absent once sent or given up. */
  nextAttemptAt?: number;
  error?: string;
}

interface SignalBase {
  id: string;
  reference: string;
  status: SignalStatus;
  history: { status: SignalStatus; at: string }[];
  fa: string;
  createdAt: string;
  /** When the personal data is to be deleted, epoch seconds (the table's TTL attribute). */
  expiresAt: number;
  recipients: SignalRecipient[];
  deliveries: Record<string, RecipientDelivery>;
}

export interface NeedsRecord extends SignalBase {
  kind: 'behov';
  content: Needs;
  /** SHA-256 of the confirm link's token. */
  tokenHash: string;
}

export interface GapRecord extends SignalBase {
  kind: 'brist';
  content: Gap;
  /** The supplier whose key filed the report (its slug in the catalogue). */
  supplier: string;
}

export type SignalRecord = NeedsRecord | GapRecord;

const signalKey = (id: string) => ({ pk: `SIGNAL#${id}`, sk: 'SIGNAL' });

export const createSignal = (record: SignalRecord, demand?: DemandAttributes) =>
  createItem(signalKey(record.id), { expiryGroup, ...record, ...demand, ...(record.status === 'received' ? routedAttributes(record) : {}) });

export const getSignal = (id: string) => getItem<SignalRecord>(signalKey(id));

/** Confirms a signal with its recipients (and, for the statistics, what it counts). */
export const confirmSignal = (id: string, set: Pick<SignalRecord, 'recipients' | 'deliveries' | 'expiresAt'> & DemandAttributes) =>
  transitionItem<SignalRecord>(signalKey(id), ['unconfirmed'], 'received', { ...set, ...routedAttributes(set) });

/** A submission without recipients goes into the unrouted index, to be listed and not lost. */
const routedAttributes = ({ recipients }: Pick<SignalRecord, 'recipients'>) => (recipients.length === 0 ? { unroutedGroup } : {});

/** Records one recipient's delivery; one given up puts the submission in the unrouted index, to be listed. */
export async function recordDelivery(id: string, recipientId: string, delivery: RecipientDelivery): Promise<void> {
  const givenUp = delivery.state === 'failed';
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: signalKey(id),
      UpdateExpression: `SET deliveries.#recipient = :delivery${givenUp ? ', unroutedGroup = :unrouted' : ''}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#recipient': recipientId },
      ExpressionAttributeValues: { ':delivery': delivery, ...(givenUp ? { ':unrouted': unroutedGroup } : {}) },
    }),
  );
}

/** Puts the submission in the retry index until `retryAt` (epoch seconds), or takes it out. */
export async function scheduleRetry(id: string, retryAt: number | undefined): Promise<void> {
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: signalKey(id),
      ConditionExpression: 'attribute_exists(pk)',
      ...(retryAt === undefined
        ? { UpdateExpression: 'REMOVE retryGroup, retryAt' }
        : { UpdateExpression: 'SET retryGroup = :group, retryAt = :at', ExpressionAttributeValues: { ':group': retryGroup, ':at': retryAt } }),
    }),
  );
}

/** Ids of the submissions whose next delivery try is due at `nowSeconds`. */
export const dueForRetry = (nowSeconds: number) => signalIds(queryIndex(table.indexes.deliveriesDueByTime, retryGroup, { is: '<=', than: nowSeconds }));

/** Ids of every submission that has not reached all its recipients (none found, or given up), oldest first. */
export const unroutedIds = () => signalIds(queryIndex(table.indexes.unroutedByTime, unroutedGroup));

async function signalIds(items: AsyncIterable<Record<string, unknown>>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of items) ids.push(String(item.pk).slice('SIGNAL#'.length));
  return ids;
}
