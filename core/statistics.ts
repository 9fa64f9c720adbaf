/**
 * The public statistics of demand, as published by the API, /statistik/ and its CSV: per FA-region
 * and SSYK major group (the code's first digit), the current month and the eleven before it: LOIs
 * (their positions), needs signals and gap reports.
 *
 * Small figures could point at one employer, so the disclosure rule lives here and only here:
 * - a cell is shown as "<5" when it comes from fewer than 5 distinct employers (for gap reports:
 *   suppliers), whatever the number of positions: one LOI for 7 positions is one employer;
 * - every total (per region, per group, overall) is the sum of the counts that are shown, and is
 *   marked so. A suppressed count is in no total, so no subtraction of shown figures recovers it;
 *   a total is null ("–") when none of its counts is shown.
 * What is counted at all (withdrawn LOIs are not; a supplier counts once per group and month) is
 * the counting's rule, `cellChange` below, which functions/store/demand.ts applies as submissions change.
 */
import type { Demand, DemandKind } from './contracts/demand.ts';

export const suppressedBelow = 5;
const suppressedText = '<5';

/** A count as published: the number, or "<5". */
export type Shown = number | typeof suppressedText;

/**
 * A cell as counted: its number, and whom it comes from: the hashed ids of distinct employers or
 * suppliers, at most `suppressedBelow` of them, since the rule asks no more than whether there are that many.
 */
export interface CellCount {
  kind: DemandKind;
  fa: string;
  /** SSYK major group. */
  group: string;
  count: number;
  contributors: string[];
}

/** A change of a submission: counted, or withdrawn. */
export type DemandChange = 'add' | 'withdraw';

/**
 * What a change of a submission does to each cell (major group) it counts in, the counting's rule:
 * an LOI adds its positions, a needs signal one, a gap report one per supplier, group and month,
 * however many the supplier sends; a withdrawal takes out the same. `edge`: the contributor had
 * nothing counted in the cell before the change (an addition), or has nothing left after it (a
 * withdrawal), so that the cell's number of contributors changes.
 */
export function cellChange(demand: Pick<Demand, 'kind' | 'count'>, change: DemandChange, edge: boolean) {
  const sign = change === 'add' ? 1 : -1;
  const contributors = edge ? sign : 0;
  return { count: demand.kind === 'brist' ? contributors : sign * demand.count, contributors };
}

export const show = ({ count, contributors }: Pick<CellCount, 'count' | 'contributors'>): Shown =>
  count > 0 && contributors.length < suppressedBelow ? suppressedText : count;

/** The total of what is shown; null when nothing is shown. */
export function shownTotal(cells: readonly Shown[]): number | null {
  const shown = cells.filter((c): c is number => typeof c === 'number' && c > 0);
  return shown.length > 0 ? shown.reduce((a, b) => a + b, 0) : null;
}

export const disclosureRule =
  `Ett antal som kommer från färre än ${suppressedBelow} arbetsgivare (för bristrapporter: leverantörer) visas som "${suppressedText}", ` +
  'hur stort det än är. Summor räknas bara på de antal som visas. Återkallade avsiktsförklaringar räknas inte, och en leverantör räknas ' +
  'högst en gång per yrkesgrupp och månad.';

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
