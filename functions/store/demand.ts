/**
 * What the public statistics count, and the counts, kept up to date as submissions change.
 *
 * A submission that counts (an LOI or needs signal when confirmed, a gap report when received)
 * carries `demand`: its kind, FA-region, occupation groups, number and whom it comes from; the
 * sparse index "demand-by-month" holds them per calendar month. The write that counts or withdraws
 * it also puts it in the index "demand-to-count", so no change is written without the counts
 * learning of it.
 *
 * A request for the figures does not read the submissions: each month has one item of cells (per
 * kind, FA-region and SSYK major group: the count, the number of distinct contributors, and up to
 * `suppressedBelow` of them by id, to tell contributors apart across months), read twelve at a
 * time, so a request costs as much with a hundred thousand submissions as with a thousand. The
 * sweeper counts each change into them, one sweeper at a time under a lease, and takes the
 * submission out of "demand-to-count". A marker per contributor and cell, the number of its
 * submissions counted there, tells whether a change adds or takes away a contributor.
 *
 * Without transactions a change is counted once like this: its effect is stored on the marker in
 * the write that changes the marker (`applied#…`), and the month's item is changed with a mark of
 * the change (`folded#…`) unless it has the mark. A sweeper that stopped half-way leaves marks, so
 * the next one does only what is left. When every cell has it, the submission records the change
 * as counted (`demandCounted`), and only then do the marks go.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { BatchGetCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { demandKinds, type Demand, type DemandKind } from '../../core/contracts/demand.ts';
import { cellChange, suppressedBelow, type CellCount, type DemandChange } from '../../core/statistics.ts';
import { dynamo, tableName } from './client.ts';
import { itemKeysOf, queryIndex } from './query.ts';
import { parseItem, Update, updateItem } from './records.ts';
import { epochSeconds, indexEntries, keys, table, type ItemKey } from './table.ts';

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

const { demandByMonth, demandToCount } = table.indexes;
const changes = ['add', 'withdraw'] as const satisfies readonly DemandChange[];

/** A submission as the count reads it. */
const countingSchema = z.object({
  demand: countedSchema,
  [demandByMonth.partitionKey]: z.string(),
  [demandByMonth.sortKey]: z.string(),
  /** Its last change the counts have. */
  demandCounted: z.enum(changes).optional(),
  [demandToCount.sortKey]: z.string().optional(),
});

/** Who a submission comes from, as the statistics keep it: an employer's organisationsnummer or address, a supplier's slug, hashed. */
export const contributorId = (identity: string) => createHash('sha256').update(identity.trim().toLowerCase()).digest('hex').slice(0, 16);

/** What a submission's `demand` says of whom it comes from: its contributor, or for one counted before they were stored, itself. */
const contributorOf = (entry: { demand: z.output<typeof countedSchema> } & Record<string, unknown>) =>
  entry.demand.contributor ?? String(entry[demandByMonth.sortKey]);

export type DemandAttributes = ReturnType<typeof indexEntries.demand> & ReturnType<typeof indexEntries.demandToCount> & { demand: Counted };

/** The attributes that count a submission in the month of `at`; the caller writes them with its state change. */
export const countDemand = (demand: Counted, id: string, at = new Date()): DemandAttributes => ({
  ...indexEntries.demand(at, id),
  ...indexEntries.demandToCount(at, id),
  demand: { ...demand, ssyk: [...new Set(demand.ssyk)] },
});

/** The attributes that take a counted submission out of the figures; the caller writes them with its state change. */
export const withdrawDemand = (
  demand: Counted,
  id: string,
  at = new Date(),
): Pick<DemandAttributes, 'demand'> & ReturnType<typeof indexEntries.demandToCount> => ({
  ...indexEntries.demandToCount(at, id),
  demand: { ...demand, withdrawn: true },
});

/** A cell of a month: "loi#23#5". */
const cellOf = (kind: DemandKind, fa: string, group: string) => `${kind}#${fa}#${group}`;
const majorGroups = (ssyk: readonly string[]) => [...new Set(ssyk.map((code) => code.slice(0, 1)))];

/** The attributes of a cell in its month's item: its count, its number of contributors and some of them. */
const cellNames = (cell: string) => ({ count: `n#${cell}`, contributors: `e#${cell}`, some: `ids#${cell}` });

/** A cell as its month's item holds it. */
export interface MonthCell extends CellCount {
  /** How many distinct contributors it has; `contributors` names up to `suppressedBelow` of them. */
  distinct: number;
}

/** A submission's attributes once counted in the month of `at`: as the sweeper leaves it, for loading counted data in bulk. */
export const countedAttributes = (demand: Counted, id: string, at: Date) => ({
  ...indexEntries.demand(at, id),
  demand,
  demandCounted: changes[0],
});

/** The attributes of a month's item that hold `cells`: as the sweeper writes them, for loading counted data in bulk. */
export const monthAttributes = (cells: readonly MonthCell[]) =>
  Object.fromEntries(
    cells.flatMap((cell) => {
      const names = cellNames(cellOf(cell.kind, cell.fa, cell.group));
      return [
        [names.count, cell.count],
        [names.contributors, cell.distinct],
        ...(cell.contributors.length > 0 ? [[names.some, new Set(cell.contributors.slice(0, suppressedBelow))]] : []),
      ];
    }),
  );

/** The cells of a month's item that have a contributor. */
function cellsIn(item: Record<string, unknown>): CellCount[] {
  const cells: CellCount[] = [];
  for (const [name, value] of Object.entries(item)) {
    const [part, kind, fa, group] = name.split('#');
    if (part !== 'e' || Number(value) <= 0 || !demandKinds.includes(kind as DemandKind) || !fa || !group) continue;
    const names = cellNames(cellOf(kind as DemandKind, fa, group));
    const some = [...((item[names.some] as Set<string> | undefined) ?? [])].sort();
    cells.push({
      kind: kind as DemandKind,
      fa,
      group,
      count: Number(item[names.count] ?? 0),
      contributors: some.slice(0, suppressedBelow),
    });
  }
  return cells;
}

const read = async (key: ItemKey) => (await dynamo.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;

let writesHere = 0;

/** How many changes this process has counted: what it read before is out of date when this has grown. */
export const writesHereSoFar = () => writesHere;

/** The cells of `months`, in their order; a month without an item has none yet. */
export async function monthCells(months: readonly string[]): Promise<CellCount[][]> {
  const { Responses } = await dynamo.send(
    new BatchGetCommand({ RequestItems: { [tableName]: { Keys: months.map(keys.demandMonth), ConsistentRead: true } } }),
  );
  const found = new Map((Responses?.[tableName] ?? []).map((item) => [String(item.pk), item]));
  return months.map((month) => cellsIn(found.get(keys.demandMonth(month).pk) ?? {}));
}

/** How long one sweeper holds the counting before another may take it over. */
export const countLeaseSeconds = 30;

/** Takes the lease on counting the changes; false when another sweeper holds it. */
export function claimCounting(now: Date): Promise<boolean> {
  const update = new Update().set({ countingUntil: epochSeconds(now) + countLeaseSeconds });
  const lease = update.name('countingUntil');
  return updateItem(keys.demandCounting, update, `attribute_not_exists(${lease}) OR ${lease} <= ${update.value(epochSeconds(now))}`);
}

export const releaseCounting = () => updateItem(keys.demandCounting, new Update().remove('countingUntil'));

/** The submissions with a change not counted yet, oldest first. */
export const changedSubmissions = () => itemKeysOf(demandToCount);

/** One change of one submission in one cell of its month. */
interface CellChangeAt {
  month: string;
  cell: string;
  group: string;
  contributor: string;
  demand: Counted;
  change: DemandChange;
  /** The change's name in the marks: the submission and the change. */
  mark: string;
}

/**
 * Counts the contributor's submission in or out of its marker; returns what the change does to
 * the cell. Counted already by a sweeper that stopped, it returns what that one stored.
 */
async function changeMarker(at: CellChangeAt): Promise<ReturnType<typeof cellChange>> {
  const key = keys.demandMarker(at.month, at.cell, at.contributor);
  const applied = `applied#${at.mark}`;
  const adds = at.change === 'add';
  // Twice: a marker another writer changed in between is read again.
  for (let attempt = 0; attempt < 2; attempt++) {
    for (const edge of [true, false]) {
      const effect = cellChange(at.demand, at.change, edge);
      const update = new Update().set({ [applied]: effect }).add('n', adds ? 1 : -1);
      const n = update.name('n');
      // Before an addition the contributor has none there (edge) or some; before a withdrawal this one (edge) or more.
      const had = update.value(adds ? 0 : 1);
      const before = edge ? (adds ? `(attribute_not_exists(${n}) OR ${n} = ${had})` : `${n} = ${had}`) : `${n} > ${had}`;
      if (await updateItem(key, update, `attribute_not_exists(${update.name(applied)}) AND ${before}`)) return effect;
    }
    const marker = await read(key);
    if (marker?.[applied]) return marker[applied] as ReturnType<typeof cellChange>;
  }
  throw new Error(`The statistics cannot count ${at.mark}: its marker ${key.pk} ${key.sk} has nothing to withdraw`);
}

/** The month's cell takes the change unless it has it already, and keeps `suppressedBelow` of its contributors named. */
async function changeMonth(at: CellChangeAt, effect: ReturnType<typeof cellChange>): Promise<void> {
  const key = keys.demandMonth(at.month);
  const names = cellNames(at.cell);
  const folded = `folded#${at.mark}#${at.group}`;
  const update = new Update()
    .set({ [folded]: true })
    .add(names.count, effect.count)
    .add(names.contributors, effect.contributors);
  if (effect.contributors > 0) update.addToSet(names.some, [at.contributor]);
  if (effect.contributors < 0) update.deleteFromSet(names.some, [at.contributor]);
  writesHere++;
  // Had it already: the named contributors are put right all the same, in case that is where a sweeper stopped.
  await updateItem(key, update, `attribute_not_exists(${update.name(folded)})`);
  if (effect.contributors === 0) return;
  const month = (await read(key))!;
  const some = [...((month[names.some] as Set<string> | undefined) ?? [])].sort();
  const wanted = Math.min(Number(month[names.contributors] ?? 0), suppressedBelow);
  if (some.length > suppressedBelow) await updateItem(key, new Update().deleteFromSet(names.some, some.slice(suppressedBelow)));
  // A named contributor withdrew: another one, read from the month's submissions, takes its place.
  if (some.length < wanted) {
    const others = await contributorsIn(at.month, at.demand.kind, at.demand.fa, at.group);
    const more = others.filter((c) => !some.includes(c)).slice(0, wanted - some.length);
    if (more.length > 0) await updateItem(key, new Update().addToSet(names.some, more));
  }
}

/** The contributors of a cell whose submissions count, read from the month's submissions: seldom needed. */
async function contributorsIn(month: string, kind: DemandKind, fa: string, group: string): Promise<string[]> {
  const found = new Set<string>();
  const entry = z.object({ demand: countedSchema, [demandByMonth.sortKey]: z.string() });
  for await (const counted of queryIndex(demandByMonth, entry, { partition: month }))
    if (
      !counted.demand.withdrawn &&
      counted.demand.kind === kind &&
      counted.demand.fa === fa &&
      majorGroups(counted.demand.ssyk).includes(group)
    )
      found.add(contributorOf(counted));
  return [...found];
}

/**
 * Counts the changes of the submission at `key` that the counts do not have yet (its counting,
 * then its withdrawal), and takes it out of "demand-to-count" unless it has changed again.
 */
export async function countChangesOf(key: ItemKey): Promise<void> {
  const item = await read(key);
  if (!item?.[demandToCount.sortKey]) return;
  const submission = parseItem(countingSchema, item, key);
  const { demand } = submission;
  const month = submission[demandByMonth.partitionKey]!;
  const wanted = demand.withdrawn ? changes : changes.slice(0, 1);
  for (const change of wanted.slice(wanted.indexOf(submission.demandCounted as DemandChange) + 1)) {
    const cells = majorGroups(demand.ssyk).map(
      (group): CellChangeAt => ({
        month,
        cell: cellOf(demand.kind, demand.fa, group),
        group,
        contributor: contributorOf(submission),
        demand: { ...demand, contributor: contributorOf(submission) },
        change,
        mark: `${key.pk}#${change}`,
      }),
    );
    for (const at of cells) await changeMonth(at, await changeMarker(at));
    await updateItem(key, new Update().set({ demandCounted: change }));
    for (const at of cells) {
      await updateItem(keys.demandMarker(at.month, at.cell, at.contributor), new Update().remove(`applied#${at.mark}`));
      await updateItem(keys.demandMonth(at.month), new Update().remove(`folded#${at.mark}#${at.group}`));
    }
  }
  const done = new Update().remove(demandToCount.partitionKey, demandToCount.sortKey);
  await updateItem(key, done, `${done.name(demandToCount.sortKey)} = ${done.value(submission[demandToCount.sortKey])}`);
}
