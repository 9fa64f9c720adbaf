/**
 * Jobbspår in the table: one item each, with its audit events, changed by one conditional write
 * on the version a person saw; a link beside each LOI it is made from; and the list of every
 * track, by FA-region, through the jobbspar-by-region index.
 */
import * as z from 'zod';
import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { countNames, jobbsparStatuses, type Plan } from '../../core/contracts/jobbspar.ts';
import { dynamo, tableName } from './client.ts';
import { queryIndex } from './query.ts';
import { createItem, getItem, parseItem, Update, updateAndRead } from './records.ts';
import { indexEntries, keys, table } from './table.ts';

const eventSchema = z.object({
  at: z.string(),
  by: z.object({ email: z.string(), name: z.string().optional(), organisation: z.string() }),
  action: z.enum(['create', 'plan', 'status', 'counts']),
  from: z.string().optional(),
  to: z.string().optional(),
  reason: z.string().optional(),
  /** The counts a person recorded. */
  counts: z.record(z.string(), z.number()).optional(),
});
export type JobbsparEvent = z.infer<typeof eventSchema>;

export const jobbsparRecordSchema = z.object({
  id: z.string(),
  /** The supplier that owns the track, by its slug: only its people change it. */
  owner: z.string(),
  fa: z.string(),
  status: z.enum(jobbsparStatuses),
  history: z.array(z.object({ status: z.enum(jobbsparStatuses), at: z.string() })),
  /** Why the track was cancelled. */
  reason: z.string().optional(),
  plan: z.custom<Plan>((value) => typeof value === 'object' && value !== null),
  /** The LOIs it is made from, with what the public pages may say of each employer. */
  lois: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      platser: z.number(),
      employer: z.string(),
      kommun: z.string(),
      /** The employer ticked that its name may be shown. */
      named: z.boolean(),
    }),
  ),
  counts: z.object(
    Object.fromEntries(countNames.map((n) => [n, z.number().optional()])) as Record<
      (typeof countNames)[number],
      z.ZodOptional<z.ZodNumber>
    >,
  ),
  events: z.array(eventSchema),
  createdAt: z.string(),
  /** The number of changes: a change is written only on the version the person saw. */
  version: z.number(),
});
export type JobbsparRecord = z.infer<typeof jobbsparRecordSchema>;

export const createJobbspar = (record: JobbsparRecord) =>
  createItem(keys.jobbspar(record.id), { ...record, ...indexEntries.jobbspar(record.fa, record.createdAt, record.id) });

export const getJobbspar = (id: string) => getItem(keys.jobbspar(id), jobbsparRecordSchema);

/** A person's change, with its event, on the version they saw; undefined when someone changed the track meanwhile. */
export async function changeJobbspar(
  record: Pick<JobbsparRecord, 'id' | 'version'>,
  event: JobbsparEvent,
  set: Record<string, unknown>,
  status?: string,
): Promise<JobbsparRecord | undefined> {
  const update = new Update().set({ ...set, version: record.version + 1 }).append('events', [event]);
  if (status) update.set({ status }).append('history', [{ status, at: event.at }]);
  const condition = `attribute_exists(pk) AND ${update.name('version')} = ${update.value(record.version)}`;
  return (await updateAndRead(keys.jobbspar(record.id), jobbsparRecordSchema, update, condition))?.item;
}

/** Links an LOI to its track; its expiry is the LOI's, like the LOI's other items. */
export const linkLoi = (loiId: string, jobbsparId: string, expiresAt: number) =>
  createItem(keys.loiJobbspar(loiId), { jobbspar: jobbsparId, ...indexEntries.expiring, expiresAt });

const linkSchema = z.object({ jobbspar: z.string() });

/** The track an LOI is part of, if any. */
export const jobbsparOfLoi = async (loiId: string) => (await getItem(keys.loiJobbspar(loiId), linkSchema))?.jobbspar;

const listed = z.object({ pk: z.string(), sk: z.string(), owner: z.string(), status: z.enum(jobbsparStatuses), jobbsparAt: z.string() });

/**
 * Every track, or an FA-region's, whose owner and status pass `keep`, newest first: the index
 * finds them, and they are read a hundred at a time.
 */
export async function listJobbspar({
  fa,
  keep = () => true,
}: {
  fa?: string;
  keep?: (entry: { owner: string; status: string }) => boolean;
} = {}): Promise<JobbsparRecord[]> {
  const index = table.indexes.jobbsparByRegion;
  const found: z.infer<typeof listed>[] = [];
  const range = fa ? { sort: { is: '>=' as const, than: `${fa}#` } } : {};
  for await (const entry of queryIndex(index, listed, range)) {
    if (fa && !entry.jobbsparAt.startsWith(`${fa}#`)) break;
    if (keep(entry)) found.push(entry);
  }
  const records: JobbsparRecord[] = [];
  for (let i = 0; i < found.length; i += 100) {
    const chunk = found.slice(i, i + 100).map(({ pk, sk }) => ({ pk, sk }));
    let requested: Record<string, unknown>[] | undefined = chunk;
    while (requested && requested.length > 0) {
      const answer: BatchGetCommandOutput = await dynamo.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: requested, ConsistentRead: true } } }),
      );
      for (const item of answer.Responses?.[tableName] ?? [])
        records.push(parseItem(jobbsparRecordSchema, item, { pk: String(item.pk), sk: String(item.sk) }));
      requested = answer.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
