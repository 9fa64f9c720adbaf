/**
 * The published outcomes of the jobbspår (`../shared/seeds/000_…`, §5: the results "behöver …
 * synliggöras"; §12.5: a job, and employment still held after six months), per FA-region and SSYK
 * major group: the tracks, the participants who started, those employed within 90 days and those
 * still employed after six months. A track counts in the group of its first occupation, so that
 * no participant is counted twice.
 *
 * The disclosure rule is the statistics' own (core/statistics.ts): a count of fewer than five
 * people is shown as "<5", each participant counting as a contributor of their own, and a total
 * is the sum of the counts shown.
 */
import type { OpenJobbspar } from './contracts/jobbspar.ts';
import { show, shownTotal, suppressedBelow, type Shown } from './statistics.ts';

const outcomeMeasures = ['startade', 'anstallda90', 'anstallda6man'] as const;
type Measure = (typeof outcomeMeasures)[number];

interface OutcomeRow {
  fa: string;
  group: string;
  tracks: number;
  cells: Record<Measure, Shown>;
}

export interface OutcomeTable {
  rows: OutcomeRow[];
  totals: Record<Measure, number | null> & { tracks: number };
}

/** A count of people as published: each person is a contributor of their own. */
const shownPeople = (count: number): Shown =>
  show({ count, contributors: Array.from({ length: Math.min(count, suppressedBelow) }, String) });

export function jobbsparOutcomes(tracks: readonly OpenJobbspar[]): OutcomeTable {
  const cells = new Map<string, { fa: string; group: string; tracks: number } & Record<Measure, number>>();
  for (const track of tracks) {
    const group = track.yrken[0]?.[0] ?? '–';
    const key = `${track.fa}#${group}`;
    const cell = cells.get(key) ?? { fa: track.fa, group, tracks: 0, startade: 0, anstallda90: 0, anstallda6man: 0 };
    cell.tracks++;
    for (const measure of outcomeMeasures) cell[measure] += track.utfall[measure] ?? 0;
    cells.set(key, cell);
  }
  const rows = [...cells.values()]
    .sort((a, b) => a.fa.localeCompare(b.fa) || a.group.localeCompare(b.group))
    .map(({ fa, group, tracks: n, ...counts }) => ({
      fa,
      group,
      tracks: n,
      cells: Object.fromEntries(outcomeMeasures.map((m) => [m, shownPeople(counts[m])])) as Record<Measure, Shown>,
    }));
  return {
    rows,
    totals: {
      tracks: rows.reduce((sum, row) => sum + row.tracks, 0),
      ...(Object.fromEntries(outcomeMeasures.map((m) => [m, shownTotal(rows.map((row) => row.cells[m]))])) as Record<
        Measure,
        number | null
      >),
    },
  };
}
