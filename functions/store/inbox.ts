/**
 * The staff inbox: one entry per organisation that sees a submission, with what its list shows
 * and filters on. An entry is derived from its item and carries the item's version (the number
 * of changes it has had), so that writing it again, or late, never puts back an older state.
 * It expires with its item's personal data.
 */
import * as z from 'zod';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { inboxKinds, inboxStatuses, type InboxQuery, type InboxStatus } from '../../core/contracts/inbox.ts';
import { dynamo, tableName } from './client.ts';
import { parseItem } from './records.ts';
import { inboxPartition, indexEntries, keys, table } from './table.ts';

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

/** Writes the organisation's entry unless a newer version is there. */
export async function putInboxEntry(organisation: string, entry: InboxEntry, expiresAt: number): Promise<void> {
  const key = keys.inboxEntry(organisation, entry.createdAt, entry.id);
  try {
    await dynamo.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...key,
          ...entry,
          ...indexEntries.inboxStatus(organisation, entry.status, key.sk),
          ...indexEntries.expiring,
          expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR version <= :version',
        ExpressionAttributeValues: { ':version': entry.version },
      }),
    );
  } catch (error) {
    if (!expired(error)) throw error;
  }
}

/** Removes the organisation's entry (the submission was handed away from it) unless a newer version is there. */
export async function deleteInboxEntry(organisation: string, entry: Pick<InboxEntry, 'createdAt' | 'id' | 'version'>): Promise<void> {
  try {
    await dynamo.send(
      new DeleteCommand({
        TableName: tableName,
        Key: keys.inboxEntry(organisation, entry.createdAt, entry.id),
        ConditionExpression: 'version <= :version',
        ExpressionAttributeValues: { ':version': entry.version },
      }),
    );
  } catch (error) {
    if (!expired(error)) throw error;
  }
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
 * A page of the organisation's entries under the filters, newest first. The store reads a few
 * times the page's size at a time, so that a narrow filter still fills a page in few requests.
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
    const page = await dynamo.send(new QueryCommand({ ...input, Limit: pageSize * 4, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) {
      // One more than the page shows tells that there is a next page, which starts after the page's last.
      if (entries.length === pageSize) return { entries, next: { sk: sortKeyOf(entries.at(-1)!) } };
      entries.push(parseItem(inboxEntrySchema, item, { pk: String(item.pk), sk: String(item.sk) }));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { entries };
}

/** How many of the organisation's entries are in each status under the other filters. */
export async function countInbox(
  organisation: string,
  query: InboxQuery,
  statuses: readonly InboxStatus[],
): Promise<Record<string, number>> {
  const counts = await Promise.all(
    statuses.map(async (status) => {
      const input = queryOf(organisation, query, status);
      let count = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await dynamo.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: start }));
        count += page.Count ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
      return [status, count] as const;
    }),
  );
  return Object.fromEntries(counts);
}
