/**
 * Counts the demand of the last twelve months and publishes it by the disclosure rule in
 * core/statistics.ts.
 */
import { getFaRegion } from '../../core/reference/index.ts';
import { demandKinds, type Demand, type DemandKind } from '../../core/contracts/demand.ts';
import { show, shownTotal, suppressedBelow, suppressedText, type DemandStats, type MeasureTable } from '../../core/statistics.ts';
import { demandSince } from '../store/demand.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';

const majorGroup = (ssyk: string) => ssyk.slice(0, 1);

/** The published figures for everything counted since a year before `now`, optionally for one FA-region. */
export async function demandStats(now = new Date(), fa?: string): Promise<DemandStats> {
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const demand = (await demandSince(from, now)).filter((d) => !fa || d.fa === fa);
  return {
    from: from.toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
    level: 'ssyk1',
    rule: `Antal från 1 till ${suppressedBelow - 1} visas som "${suppressedText}". Summor räknas bara på de antal som visas.`,
    measures: Object.fromEntries(demandKinds.map((kind) => [kind, tabulate(demand.filter((d) => d.kind === kind))])) as Record<
      DemandKind,
      MeasureTable
    >,
  };
}

/** Counts per region and group, then shown; a submission counts once in each of its groups. */
export function tabulate(demand: readonly Demand[]): MeasureTable {
  const counts = new Map<string, Map<string, number>>();
  for (const d of demand) {
    const row = counts.get(d.fa) ?? counts.set(d.fa, new Map()).get(d.fa)!;
    for (const group of new Set(d.ssyk.map(majorGroup))) row.set(group, (row.get(group) ?? 0) + d.count);
  }
  const groups = [...new Set([...counts.values()].flatMap((row) => [...row.keys()]))].sort();
  const rows = [...counts.keys()].sort().map((code) => {
    const cells = Object.fromEntries([...counts.get(code)!].map(([group, count]) => [group, show(count)]));
    return { fa: code, namn: getFaRegion(code)!.namn, cells, total: shownTotal(Object.values(cells)) };
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
