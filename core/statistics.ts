/**
 * The public statistics of demand, as published by the API, /statistik/ and its CSV: per FA-region
 * and SSYK major group (the code's first digit), the last twelve months of LOIs (their positions), needs signals and gap reports.
 *
 * Small counts could point at one employer, so the disclosure rule lives here and only here:
 * - a count from 1 to 4 is shown as "<5";
 * - every total (per region, per group, overall) is the sum of the counts that are shown, and is
 *   marked so. A suppressed count is in no total, so no subtraction of shown figures recovers it;
 *   a total is null ("–") when none of its counts is shown.
 */
import type { DemandKind } from './contracts/demand.ts';

export const suppressedBelow = 5;
export const suppressedText = '<5';

/** A count as published: the number, or "<5". */
export type Shown = number | typeof suppressedText;

export const show = (count: number): Shown => (count > 0 && count < suppressedBelow ? suppressedText : count);

/** The total of what is shown; null when nothing is shown. */
export function shownTotal(cells: readonly Shown[]): number | null {
  const shown = cells.filter((c): c is number => typeof c === 'number' && c > 0);
  return shown.length > 0 ? shown.reduce((a, b) => a + b, 0) : null;
}

export interface MeasureTable {
  /** SSYK major groups with any count, ascending. */
  groups: string[];
  rows: { fa: string; namn: string; cells: Record<string, Shown>; total: number | null }[];
  groupTotals: Record<string, number | null>;
  total: number | null;
}

export interface DemandStats {
  from: string;
  to: string;
  level: 'ssyk1';
  rule: string;
  measures: Record<DemandKind, MeasureTable>;
}
