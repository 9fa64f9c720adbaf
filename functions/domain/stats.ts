/**
 * The demand as published by the disclosure rule in core/statistics.ts. What counts, and how a
 * change counts, is the counting's rule there too; functions/store/demand.ts keeps the counts of
 * each month as submissions change, and the sweeper counts the changes in. The figures of the year
 * are the twelve months' cells added up, so a request reads twelve items whatever the number of
 * submissions, and a process answers a few seconds from what it read.
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
  changedSubmissions,
  claimCounting,
  countChangesOf,
  countLeaseSeconds,
  monthCells,
  releaseCounting,
  writesHereSoFar,
} from '../store/demand.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import { monthOf } from '../store/table.ts';

const cellKey = (c: Pick<CellCount, 'kind' | 'fa' | 'group'>) => `${c.kind}#${c.fa}#${c.group}`;

/** Up to `suppressedBelow` distinct contributors of `lists`: all the rule asks. */
const someContributors = (...lists: string[][]) => [...new Set(lists.flat())].slice(0, suppressedBelow);

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

/**
 * Counts the submissions' changes into the months' counts: the sweeper's work (every minute on
 * AWS, every few seconds on the local server), one sweeper at a time, for as long as its lease
 * lasts; what is left, the next one counts. Returns how many submissions it counted.
 */
export async function countDemandChanges(now = new Date()): Promise<number> {
  if (!(await claimCounting(now))) return 0;
  // Time to spare before the lease runs out, for the submission being counted.
  const stopAt = now.getTime() + (countLeaseSeconds / 2) * 1000;
  let counted = 0;
  try {
    for (const key of await changedSubmissions()) {
      if (Date.now() > stopAt) break;
      await countChangesOf(key);
      counted++;
    }
  } finally {
    await releaseCounting();
  }
  return counted;
}

/** How long a process answers from the cells it has read: the figures are public and change seldom. */
const keepMs = 5_000;
let kept:
  | { at: number; months: string; writes: number; cells: Promise<CellCount[]>; figures: Map<string, Promise<DemandStats>> }
  | undefined;

/**
 * The cells of `months` added up, and the figures made of them so far; kept for a few seconds,
 * unless this process has counted a change since, so that a request in between costs no more than its answer.
 */
function keptFor(months: readonly string[], now: Date) {
  const writes = writesHereSoFar();
  if (kept && kept.months === months.join() && kept.writes === writes && now.getTime() - kept.at < keepMs) return kept;
  const cells = monthCells(months).then(addMonths);
  const fresh = { at: now.getTime(), months: months.join(), writes, cells, figures: new Map<string, Promise<DemandStats>>() };
  cells.catch(() => {
    if (kept === fresh) kept = undefined;
  });
  kept = fresh;
  return fresh;
}

/** The published figures of the months up to `now`, optionally for one FA-region. */
export function demandStats(now = new Date(), fa?: string): Promise<DemandStats> {
  const months = monthsBefore(now);
  const to = now.toISOString().slice(0, 10);
  const { cells, figures } = keptFor(months, now);
  const key = `${fa ?? ''}#${to}`;
  const made =
    figures.get(key) ??
    cells.then((all): DemandStats => {
      const shown = all.filter((c) => !fa || c.fa === fa);
      return {
        from: `${months[0]}-01`,
        to,
        level: 'ssyk1',
        rule: disclosureRule,
        measures: Object.fromEntries(demandKinds.map((kind) => [kind, tabulate(shown.filter((c) => c.kind === kind))])) as Record<
          DemandKind,
          MeasureTable
        >,
      };
    });
  figures.set(key, made);
  return made;
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
