/**
 * Counts the demand and publishes it by the disclosure rule in core/statistics.ts. What counts:
 * a submission once in each of its occupations' major groups; an LOI its positions, a needs signal
 * one; a gap report one per supplier, group and month, however many the supplier sends; a withdrawn
 * LOI nothing. Each month is counted into cells by the sweeper when it has changed
 * (functions/store/demand.ts keeps them); the figures of the year are those cells added up, so a
 * request reads twelve items, whatever the number of submissions, and a process answers a few
 * seconds from what it read.
 */
import { getFaRegion } from '../../core/reference/index.ts';
import { demandKinds, type DemandKind } from '../../core/contracts/demand.ts';
import {
  disclosureRule,
  show,
  shownTotal,
  suppressedBelow,
  type CellCount,
  type DemandStats,
  type MeasureTable,
} from '../../core/statistics.ts';
import {
  claimCount,
  countedIn,
  monthCounts,
  needsCount,
  storeMonthCount,
  type Counted,
  writesHereSoFar,
  type MonthCount,
} from '../store/demand.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import { monthOf } from '../store/table.ts';

const majorGroup = (ssyk: string) => ssyk.slice(0, 1);
const cellKey = (c: Pick<CellCount, 'kind' | 'fa' | 'group'>) => `${c.kind}#${c.fa}#${c.group}`;

/** Up to `suppressedBelow` distinct contributors of `lists`: all the rule asks. */
const someContributors = (...lists: string[][]) => [...new Set(lists.flat())].slice(0, suppressedBelow);

/** The cells of one month's submissions. */
export function countMonth(demand: readonly Counted[]): CellCount[] {
  const cells = new Map<string, CellCount & { from: Set<string> }>();
  for (const d of demand) {
    for (const group of new Set(d.ssyk.map(majorGroup))) {
      const key = cellKey({ kind: d.kind, fa: d.fa, group });
      const cell =
        cells.get(key) ?? cells.set(key, { kind: d.kind, fa: d.fa, group, count: 0, contributors: [], from: new Set() }).get(key)!;
      const first = !cell.from.has(d.contributor);
      cell.from.add(d.contributor);
      if (d.kind !== 'brist' || first) cell.count += d.count;
    }
  }
  return [...cells.values()].map(({ from, ...cell }) => ({ ...cell, contributors: someContributors([...from]) }));
}

/** The cells of several months added up: counts summed, contributors told apart across months. */
function addMonths(months: readonly (readonly CellCount[])[]): CellCount[] {
  const sum = new Map<string, CellCount>();
  for (const cell of months.flat()) {
    const had = sum.get(cellKey(cell));
    sum.set(
      cellKey(cell),
      had ? { ...had, count: had.count + cell.count, contributors: someContributors(had.contributors, cell.contributors) } : cell,
    );
  }
  return [...sum.values()];
}

/** The months the figures at `now` cover: the current one and the eleven before it, oldest first. */
export function monthsBefore(now: Date): string[] {
  return Array.from({ length: 12 }, (_, i) => monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1))));
}

/** Counts `month` again if it has changed and no one else is counting it; true when it did. */
async function countAgain(month: MonthCount, now: Date): Promise<boolean> {
  if (!needsCount(month, now) || !(await claimCount(month.month, now))) return false;
  await storeMonthCount(month.month, countMonth(await countedIn(month.month)), now);
  return true;
}

/**
 * Counts again each changed month of the figures at `now`: the sweeper's work (every minute on AWS,
 * every few seconds on the local server). Returns how many months it counted.
 */
export async function countChangedMonths(now = new Date()): Promise<number> {
  let counted = 0;
  for (const month of await monthCounts(monthsBefore(now))) if (await countAgain(month, now)) counted++;
  return counted;
}

/** How long a process answers from the cells it has read: the figures are public and change seldom. */
const keepMs = 5_000;
let kept: { at: number; months: string; writes: number; cells: Promise<CellCount[]> } | undefined;

/** The cells of `months` added up; kept for a few seconds, unless this process has written a change or a count since. */
function cellsOf(months: readonly string[], now: Date): Promise<CellCount[]> {
  const writes = writesHereSoFar();
  if (kept && kept.months === months.join() && kept.writes === writes && now.getTime() - kept.at < keepMs) return kept.cells;
  const cells = monthCounts(months).then((counts) => addMonths(counts.map((c) => c.cells)));
  kept = { at: now.getTime(), months: months.join(), writes, cells };
  cells.catch(() => (kept = undefined));
  return cells;
}

/** The published figures of the months up to `now`, optionally for one FA-region. */
export async function demandStats(now = new Date(), fa?: string): Promise<DemandStats> {
  const months = monthsBefore(now);
  const cells = (await cellsOf(months, now)).filter((c) => !fa || c.fa === fa);
  return {
    from: `${months[0]}-01`,
    to: now.toISOString().slice(0, 10),
    level: 'ssyk1',
    rule: disclosureRule,
    measures: Object.fromEntries(demandKinds.map((kind) => [kind, tabulate(cells.filter((c) => c.kind === kind))])) as Record<
      DemandKind,
      MeasureTable
    >,
  };
}

/** The cells of one kind as published: each shown by the rule, the totals from what is shown. */
export function tabulate(cells: readonly CellCount[]): MeasureTable {
  const regions = [...new Set(cells.map((c) => c.fa))].sort();
  const groups = [...new Set(cells.map((c) => c.group))].sort();
  const rows = regions.map((code) => {
    const shown = Object.fromEntries(cells.filter((c) => c.fa === code).map((c) => [c.group, show(c)]));
    return { fa: code, namn: getFaRegion(code)!.namn, cells: shown, total: shownTotal(Object.values(shown)) };
  });
  const groupTotals = Object.fromEntries(
    groups.map((group) => [group, shownTotal(rows.flatMap((r) => (group in r.cells ? [r.cells[group]!] : [])))]),
  );
  return { groups, rows, groupTotals, total: shownTotal(rows.flatMap((r) => Object.values(r.cells))) };
}

/** The figures as CSV: one line per shown cell, then the totals. */
export function statsCsv(stats: DemandStats): string {
  const rows: CsvCell[][] = [];
  for (const kind of demandKinds) {
    const table = stats.measures[kind];
    for (const row of table.rows) {
      for (const group of table.groups) if (group in row.cells) rows.push([kind, row.fa, row.namn, group, row.cells[group]]);
      rows.push([kind, row.fa, row.namn, 'summa av visade', row.total]);
    }
    for (const group of table.groups) rows.push([kind, 'alla', '', group, table.groupTotals[group]]);
    rows.push([kind, 'alla', '', 'summa av visade', table.total]);
  }
  return toCsv(['matt', 'fa_region', 'fa_namn', 'ssyk_huvudgrupp', 'antal'], rows, { quoted: ['fa_namn'] });
}
