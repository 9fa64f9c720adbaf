/**
 * What the public statistics count, stored on each submission when it counts (an LOI or needs
 * signal when confirmed, a gap report when received): its kind, FA-region, occupation groups and
 * number. The sparse index "demand-by-month" holds them per calendar month, so the statistics
 * of a year are twelve or thirteen queries that read only these few attributes, never a scan.
 */
import { queryIndex } from './query.ts';
import { table } from './table.ts';
import type { Demand } from '../../core/contracts/demand.ts';

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
