/**
 * The staff inbox: one entry per organisation that sees a submission, with what its list shows
 * and filters on. An entry is derived from its item and carries the item's version (the number
 * of changes it has had), so that writing it again, or late, never puts back an older state.
 * It expires with its item's personal data.
 */
import * as z from 'zod';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { inboxKinds, inboxStatuses, type InboxKind, type InboxQuery, type InboxStatus } from '../../core/contracts/inbox.ts';
import { dynamo, tableName } from './client.ts';
import { parseItem, Update, updateItem } from './records.ts';
import { inboxPartition, indexEntries, keys, table, type ItemKey } from './table.ts';

const inboxEntrySchema = z.object({
  kind: z.enum(inboxKinds),
  id: z.string(),
  reference: z.string(),
  status: z.enum(inboxStatuses),
  createdAt: z.string(),
  /** The workplace's kommun (an LOI, a needs signal). */
  kommun: z.string().optional(),
  ssyk: z.array(z.string()),
  /** The responsible person's e-mail address. */
  assignee: z.string().optional(),
  /** The employer's name, or the supplier's for a gap report. */
  title: z.string(),
  positions: z.number().optional(),
  version: z.number(),
});

export type InboxEntry = z.infer<typeof inboxEntrySchema>;

const expired = (error: unknown) => error instanceof ConditionalCheckFailedException;

/**
 * An organisation's counts per status are kept, not counted on each read: one item of counts, and
 * a delta item for each change of an entry's status, written before the entry. The delta's key is
 * the submission's id and version, so a change written twice (a retry after a crash) is one delta.
 * A read adds the deltas not yet folded into the counts, and folds a few: folding adds a delta
 * once, by a marker set in the same write as the counts, deletes it, and then the marker.
 */
const { inboxCounts: countsKey, inboxDelta: deltaKey, inboxDeltas } = keys;
/** A read folds no more than this many deltas, so that it stays quick after many changes. */
const foldsPerRead = 25;
const countName = (kind: string, status: string) => `n#${kind}#${status}`;
const foldedName = (delta: ItemKey) => `folded#${delta.sk}`;

interface Delta {
  kind: string;
  from?: string;
  to?: string;
}

async function fold(organisation: string, key: ItemKey, delta: Delta): Promise<void> {
  const update = new Update().set({ [foldedName(key)]: true });
  if (delta.to) update.add(countName(delta.kind, delta.to), 1);
  if (delta.from) update.add(countName(delta.kind, delta.from), -1);
  await updateItem(countsKey(organisation), update, `attribute_not_exists(${update.name(foldedName(key))})`);
  await dynamo.send(new DeleteCommand({ TableName: tableName, Key: key }));
  await updateItem(countsKey(organisation), new Update().remove(foldedName(key)));
}

const readEntry = async (key: ItemKey) =>
  (await dynamo.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item as InboxEntry | undefined;

/**
 * Writes the organisation's entry, unless a newer version is there, and moves its count from the
 * entry's old status to the new; `gone` takes the entry out (the submission was handed away).
 * One submission's entries are written by one sender at a time (the outbox's lease).
 */
export async function putInboxEntry(organisation: string, entry: InboxEntry, expiresAt: number, { gone = false } = {}): Promise<void> {
  const key = keys.inboxEntry(organisation, entry.createdAt, entry.id);
  const before = await readEntry(key);
  if (before && before.version >= entry.version) return;
  const delta = deltaKey(organisation, entry.id, entry.version);
  const change: Delta = { kind: entry.kind, ...(before && { from: before.status }), ...(!gone && { to: entry.status }) };
  const changes = change.from !== change.to;
  if (changes)
    await dynamo
      .send(
        new PutCommand({
          TableName: tableName,
          Item: { ...delta, ...change, ...indexEntries.expiring, expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      )
      .catch((error: unknown) => {
        if (!expired(error)) throw error;
      });
  if (gone) await dynamo.send(new DeleteCommand({ TableName: tableName, Key: key }));
  else
    await dynamo.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...key, ...entry, ...indexEntries.inboxStatus(organisation, entry.status, key.sk), ...indexEntries.expiring, expiresAt },
      }),
    );
}

const pendingDeltas = async (organisation: string) =>
  (
    await dynamo.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :delta)',
        ExpressionAttributeValues: { ':pk': inboxDeltas(organisation).pk, ':delta': inboxDeltas(organisation).skPrefix },
      }),
    )
  ).Items ?? [];

/** Folds up to `limit` of the organisation's deltas into its counts. */
export async function foldInboxCounts(
  organisation: string,
  limit = Number.POSITIVE_INFINITY,
  deltas?: Record<string, unknown>[],
): Promise<void> {
  let pending = deltas ?? (await pendingDeltas(organisation));
  let folded = 0;
  while (pending.length > 0 && folded < limit) {
    for (const item of pending.slice(0, limit - folded)) {
      await fold(organisation, { pk: String(item.pk), sk: String(item.sk) }, item as unknown as Delta);
      folded++;
    }
    pending = deltas ? [] : await pendingDeltas(organisation);
  }
}

/**
 * How many of the organisation's submissions are in each status, of `kinds`: its counts, and the
 * changes not yet folded into them, of which it folds a few.
 */
export async function countInbox(organisation: string, kinds: readonly InboxKind[]): Promise<Record<string, number>> {
  const pending = await pendingDeltas(organisation);
  const counts =
    (await dynamo.send(new GetCommand({ TableName: tableName, Key: countsKey(organisation), ConsistentRead: true }))).Item ?? {};
  const totals: Record<string, number> = {};
  const add = (kind: string, status: string | undefined, amount: number) => {
    if (status && kinds.includes(kind as InboxKind)) totals[status] = (totals[status] ?? 0) + amount;
  };
  for (const [name, value] of Object.entries(counts)) {
    const [n, kind, status] = name.split('#');
    if (n === 'n') add(kind!, status, Number(value));
  }
  for (const item of pending)
    if (!counts[foldedName({ pk: '', sk: String(item.sk) })]) {
      add(String(item.kind), item.to as string | undefined, 1);
      add(String(item.kind), item.from as string | undefined, -1);
    }
  await foldInboxCounts(organisation, foldsPerRead, pending);
  return totals;
}

const sortKeyOf = (entry: Pick<InboxEntry, 'createdAt' | 'id'>) => keys.inboxEntry('', entry.createdAt, entry.id).sk;

/** Where a page of a list starts: the key of the last entry of the page before. */
export interface InboxCursor {
  sk: string;
}

export interface InboxPage {
  entries: InboxEntry[];
  /** Where the next page starts; none on the last page. */
  next?: InboxCursor;
}

/** The filters that are not part of the key, as a filter expression. */
function filterOf(query: InboxQuery) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clauses: string[] = [];
  const is = (attribute: string, value: unknown, clause = (n: string, v: string) => `${n} = ${v}`) => {
    names[`#${attribute}`] = attribute;
    values[`:${attribute}`] = value;
    clauses.push(clause(`#${attribute}`, `:${attribute}`));
  };
  if (query.typ) is('kind', query.typ);
  if (query.kommun) is('kommun', query.kommun);
  if (query.yrke) is('ssyk', query.yrke, (n, v) => `contains(${n}, ${v})`);
  if (query.ansvarig === 'ingen') {
    names['#assignee'] = 'assignee';
    clauses.push('attribute_not_exists(#assignee)');
  } else if (query.ansvarig) is('assignee', query.ansvarig);
  return { names, values, expression: clauses.join(' AND ') };
}

/** The sort key range of a period: the entries' keys start with the submission's time. */
const periodOf = (query: InboxQuery) => ({
  from: query.fran ?? '0000',
  // The last day's every moment, and the id after it.
  to: `${query.till ?? '9999-12-31'}T\uffff`,
});

/** The query of an organisation's entries under the filters: its partition, or its partition of one status. */
function queryOf(organisation: string, query: InboxQuery, status: InboxStatus | undefined): QueryCommandInput {
  const filter = filterOf(query);
  const { from, to } = periodOf(query);
  const index = table.indexes.inboxByStatusByTime;
  const [partitionKey, sortKey] = status ? [index.partitionKey, index.sortKey] : [table.partitionKey, table.sortKey];
  return {
    TableName: tableName,
    ...(status ? { IndexName: index.name } : {}),
    KeyConditionExpression: '#partition = :partition AND #sort BETWEEN :from AND :to',
    ...(filter.expression ? { FilterExpression: filter.expression } : {}),
    ExpressionAttributeNames: { '#partition': partitionKey, '#sort': sortKey, ...filter.names },
    ExpressionAttributeValues: {
      ':partition': status ? `${organisation}#${status}` : inboxPartition(organisation),
      ':from': from,
      ':to': to,
      ...filter.values,
    },
    ScanIndexForward: false,
  };
}

/** The start key of a page in the table's or the index's terms. */
function startKey(organisation: string, status: InboxStatus | undefined, cursor: InboxCursor) {
  const pk = inboxPartition(organisation);
  return status ? { pk, sk: cursor.sk, ...indexEntries.inboxStatus(organisation, status, cursor.sk) } : { pk, sk: cursor.sk };
}

/**
 * A page of the organisation's entries under the filters, newest first. Under a filter the store
 * reads a few times the page's size at a time, so that a narrow filter still fills a page in few
 * requests; without one, one more than the page.
 */
export async function listInbox(
  organisation: string,
  query: InboxQuery,
  { pageSize, cursor }: { pageSize: number; cursor?: InboxCursor },
): Promise<InboxPage> {
  const input = queryOf(organisation, query, query.status);
  const entries: InboxEntry[] = [];
  let start: Record<string, unknown> | undefined = cursor && startKey(organisation, query.status, cursor);
  do {
    const page = await dynamo.send(
      new QueryCommand({ ...input, Limit: input.FilterExpression ? pageSize * 4 : pageSize + 1, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) {
      // One more than the page shows tells that there is a next page, which starts after the page's last.
      if (entries.length === pageSize) return { entries, next: { sk: sortKeyOf(entries.at(-1)!) } };
      entries.push(parseItem(inboxEntrySchema, item, { pk: String(item.pk), sk: String(item.sk) }));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { entries };
}
