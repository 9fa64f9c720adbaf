/**
 * What the public statistics count, stored on each submission when it counts (an LOI or needs
 * signal when confirmed, a gap report when received): its kind, FA-region, occupation groups,
 * number and who it comes from. The sparse index "demand-by-month" holds them per calendar month.
 *
 * A request for the figures does not read them: each month has an item with its counted cells
 * (keys.demandMonth), read twelve at a time, so a request costs as much with a hundred thousand
 * submissions as with a thousand. A change to what a month counts marks the month before the
 * submission is written, so a crash between the two leaves a month marked, never a count missed;
 * the sweeper counts a marked month again from its submissions (one sweeper at a time, under a
 * lease), and once more `settleSeconds` later: time for the write to land and for the index, which
 * on AWS lags its table, to show it.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { demandKinds, type Demand } from '../../core/contracts/demand.ts';
import type { CellCount } from '../../core/statistics.ts';
import { dynamo, tableName } from './client.ts';
import { queryIndex } from './query.ts';
import { parseItem, Update, updateItem } from './records.ts';
import { epochSeconds, indexEntries, keys, monthOf, table } from './table.ts';

/** A submission as counted: from whom (a hash, see contributorId), and whether it has been withdrawn. */
export interface Counted extends Demand {
  contributor: string;
  withdrawn?: boolean;
}

const countedSchema = z.object({
  kind: z.enum(demandKinds),
  fa: z.string(),
  ssyk: z.array(z.string()),
  count: z.number(),
  // Counted before contributors were stored: each submission its own.
  contributor: z.string().optional(),
  withdrawn: z.boolean().optional(),
});

const demandEntry = z.object({ demand: countedSchema, [table.indexes.demandByMonth.sortKey]: z.string() });

/** Who a submission comes from, as the statistics keep it: an employer's organisationsnummer or address, a supplier's slug, hashed. */
export const contributorId = (identity: string) => createHash('sha256').update(identity.trim().toLowerCase()).digest('hex').slice(0, 16);

export type DemandAttributes = ReturnType<typeof indexEntries.demand> & { demand: Counted };

/** How long after a count a month changed shortly before it is counted once more. */
const settleSeconds = 60;
/** How long one request holds a month's count before another may take it over. */
const countLeaseSeconds = 30;

const cellSchema = z.object({
  kind: z.enum(demandKinds),
  fa: z.string(),
  group: z.string(),
  count: z.number(),
  contributors: z.array(z.string()),
});

const monthCountSchema = z.object({
  /** When something the month counts last changed: marked before the change is written. */
  changedAt: z.string().optional(),
  /** When the cells' count began reading the month's submissions. */
  countedFrom: z.string().optional(),
  /** Until when (epoch seconds) a request is counting the month. */
  countingUntil: z.number().optional(),
  cells: z.array(cellSchema).default([]),
});

export type MonthCount = z.output<typeof monthCountSchema> & { month: string };

let writesHere = 0;

/** How many changes and counts this process has written: what it read before is out of date when this has grown. */
export const writesHereSoFar = () => writesHere;

/** Marks the month of `at` changed: before the change is written. */
export async function markChanged(at: Date): Promise<void> {
  writesHere++;
  const update = new Update().set({ changedAt: new Date().toISOString() });
  await updateItem(keys.demandMonth(monthOf(at)), update, 'attribute_not_exists(pk) OR attribute_exists(pk)');
}

/** The attributes that count a submission in the month of `at`. */
export const demandAttributes = (demand: Counted, id: string, at: Date): DemandAttributes => ({
  ...indexEntries.demand(at, id),
  demand: { ...demand, ssyk: [...new Set(demand.ssyk)] },
});

/** The attributes that count a submission in the month of `at`, its month marked; the caller writes them with its state change. */
export async function countDemand(demand: Counted, id: string, at = new Date()): Promise<DemandAttributes> {
  await markChanged(at);
  return demandAttributes(demand, id, at);
}

/**
 * The attribute that takes a withdrawn submission out of the figures, its month marked: the month
 * of `countedAt`, the time its status says it was counted, and of a minute before, since the count
 * is stamped a moment before the status, and may fall in the month before.
 */
export async function withdrawDemand(demand: Counted, countedAt: Date): Promise<Pick<DemandAttributes, 'demand'>> {
  await Promise.all([markChanged(countedAt), markChanged(new Date(countedAt.getTime() - 60_000))]);
  return { demand: { ...demand, withdrawn: true } };
}

/** The counts of `months`, in their order; a month without an item has none yet. */
export async function monthCounts(months: readonly string[]): Promise<MonthCount[]> {
  const { Responses } = await dynamo.send(
    new BatchGetCommand({ RequestItems: { [tableName]: { Keys: months.map(keys.demandMonth), ConsistentRead: true } } }),
  );
  const found = new Map((Responses?.[tableName] ?? []).map((item) => [String(item.pk), item]));
  return months.map((month) => {
    const key = keys.demandMonth(month);
    const item = found.get(key.pk);
    return { month, ...(item ? parseItem(monthCountSchema, item, key) : { cells: [] }) };
  });
}

/**
 * Whether a month is to be counted again at `now`: never counted, or changed since its count
 * began; or changed shortly before, and not counted since for `settleSeconds`, for what the
 * index did not show yet. Never while someone is counting it.
 */
export function needsCount(count: MonthCount | undefined, now: Date): boolean {
  if (count?.countingUntil !== undefined && count.countingUntil > epochSeconds(now)) return false;
  if (!count?.countedFrom) return true;
  if (!count.changedAt) return false;
  if (count.changedAt >= count.countedFrom) return true;
  const counted = Date.parse(count.countedFrom);
  const settle = settleSeconds * 1000;
  return Date.parse(count.changedAt) >= counted - settle && now.getTime() - counted >= settle;
}

/** Takes the lease on counting `month`; false when someone else holds it. */
export function claimCount(month: string, now: Date): Promise<boolean> {
  const update = new Update().set({ countingUntil: epochSeconds(now) + countLeaseSeconds });
  const lease = update.name('countingUntil');
  return updateItem(keys.demandMonth(month), update, `attribute_not_exists(${lease}) OR ${lease} <= ${update.value(epochSeconds(now))}`);
}

/** What `month` counts: its submissions not withdrawn. */
export async function countedIn(month: string): Promise<Counted[]> {
  const found: Counted[] = [];
  for await (const entry of queryIndex(table.indexes.demandByMonth, demandEntry, { partition: month })) {
    const { contributor, withdrawn, ...demand } = entry.demand;
    if (!withdrawn) found.push({ ...demand, contributor: contributor ?? entry[table.indexes.demandByMonth.sortKey]! });
  }
  return found;
}

/** Stores the cells of `month` as counted from `countedFrom`, unless a count that began later is stored already. */
export function storeMonthCount(month: string, cells: readonly CellCount[], countedFrom: Date): Promise<boolean> {
  writesHere++;
  const update = new Update().set({ cells, countedFrom: countedFrom.toISOString() }).remove('countingUntil');
  const from = update.name('countedFrom');
  return updateItem(
    keys.demandMonth(month),
    update,
    `attribute_not_exists(${from}) OR ${from} < ${update.value(countedFrom.toISOString())}`,
  );
}
