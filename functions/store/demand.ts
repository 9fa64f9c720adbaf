/**
 * What the public statistics count, stored on each submission when it counts (an LOI or needs
 * signal when confirmed, a gap report when received): its kind, FA-region, occupation groups and
 * number. The sparse index "demand-by-month" holds them per calendar month, so the statistics
 * of a year are twelve or thirteen queries that read only these few attributes, never a scan.
 */
import { queryIndex } from './query.ts';
import { table } from './table.ts';

export const demandKinds = ['loi', 'behov', 'brist'] as const;
export type DemandKind = (typeof demandKinds)[number];

export interface Demand {
  kind: DemandKind;
  fa: string;
  /** SSYK 2012 unit groups (four digits) of the submission, each once. */
  ssyk: string[];
  /** Positions for an LOI; 1 for a needs signal or gap report. */
  count: number;
}

export interface DemandAttributes {
  demandMonth: string;
  demandAt: string;
  demand: Demand;
}

export function demandAttributes(demand: Demand, id: string, at = new Date()): DemandAttributes {
  const iso = at.toISOString();
  return { demandMonth: iso.slice(0, 7), demandAt: `${iso}#${id}`, demand: { ...demand, ssyk: [...new Set(demand.ssyk)] } };
}

/** Everything counted from `from` up to now, month partition by month partition. */
export async function demandSince(from: Date, now = new Date()): Promise<Demand[]> {
  const index = table.indexes.demandByMonth;
  const months: string[] = [];
  for (const month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)); month <= now; month.setUTCMonth(month.getUTCMonth() + 1))
    months.push(month.toISOString().slice(0, 7));
  const found: Demand[] = [];
  for (const month of months)
    for await (const item of queryIndex(index, month, { is: '>=', than: from.toISOString() })) found.push(item.demand as Demand);
  return found;
}
