/**
 * What the public statistics count, stored on each submission when it counts (an LOI or needs
 * signal when confirmed, a gap report when received): its kind, FA-region, occupation groups and
 * number. The sparse index "demand-by-month" holds them per calendar month, so the statistics
 * of a year are twelve or thirteen queries that read only these few attributes, never a scan.
 */
import * as z from 'zod';
import { demandKinds, type Demand } from '../../core/contracts/demand.ts';
import { queryIndex } from './query.ts';
import { indexEntries, monthOf, table } from './table.ts';

const demandSchema = z.object({
  kind: z.enum(demandKinds),
  fa: z.string(),
  ssyk: z.array(z.string()),
  count: z.number(),
});

const demandEntry = z.object({ demand: demandSchema });

export type DemandAttributes = ReturnType<typeof indexEntries.demand> & { demand: Demand };

export function demandAttributes(demand: Demand, id: string, at = new Date()): DemandAttributes {
  return { ...indexEntries.demand(at, id), demand: { ...demand, ssyk: [...new Set(demand.ssyk)] } };
}

/** Everything counted from `from` up to now, month partition by month partition. */
export async function demandSince(from: Date, now = new Date()): Promise<Demand[]> {
  const months: string[] = [];
  for (
    const month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    month <= now;
    month.setUTCMonth(month.getUTCMonth() + 1)
  )
    months.push(monthOf(month));
  const found: Demand[] = [];
  for (const month of months)
    for await (const { demand } of queryIndex(table.indexes.demandByMonth, demandEntry, {
      partition: month,
      sort: { is: '>=', than: from.toISOString() },
    }))
      found.push(demand);
  return found;
}
