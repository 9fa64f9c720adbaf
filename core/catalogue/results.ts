/**
 * The one rule for publishing a supplier's results, read by every page and every open-data file:
 * results are published per service and period, and their figures only when enough participants
 * ended the service in that period. Below that, a reader learns that a result exists, never what
 * it says, so the pages and the files cannot disagree about what is shown.
 */
import type { Leverantor } from './schemas/leverantor.ts';
import { dayOf, publishedService, type PublishedService } from './contract.ts';

type Result = Leverantor['resultat'][number];

/**
 * Arbetsförmedlingen publishes no results for fewer participants than this: the figures would say
 * more about chance than about the supplier, and could point to single people.
 */
export const minParticipants = 18;

/** A result with too few participants: only its period and service, and that it is withheld. */
interface WithheldResult extends Pick<Result, 'period' | 'tjanst'> {
  for_fa_deltagare: true;
}

export type PublishedResult = Result | WithheldResult;

/** A supplier as the portal publishes it: its results through the rule above. */
export type PublishedSupplier = Omit<Leverantor, 'tjanster' | 'resultat'> & { tjanster: PublishedService[]; resultat: PublishedResult[] };

/** Whether a published result carries its figures. */
export const showsFigures = (result: PublishedResult): result is Result => !('for_fa_deltagare' in result);

export function publishedResult(result: Result): PublishedResult {
  if (result.deltagare >= minParticipants) return result;
  return { period: result.period, tjanst: result.tjanst, for_fa_deltagare: true };
}

/** A supplier as published on `day`: its results through the rule above, its contracts as they stand that day. */
export const publishedSupplier = (supplier: Leverantor, day = dayOf(new Date())): PublishedSupplier => ({
  ...supplier,
  tjanster: supplier.tjanster.map((s) => publishedService(s, day)),
  resultat: supplier.resultat.map(publishedResult),
});

/** The latest published result of each of `tjanster`, in their order. */
export function latestResults(resultat: readonly PublishedResult[], tjanster: readonly string[]): PublishedResult[] {
  return [...new Set(tjanster)].flatMap((tjanst) => {
    const results = resultat.filter((r) => r.tjanst === tjanst).sort((a, b) => b.period.localeCompare(a.period));
    return results.length > 0 ? [results[0]!] : [];
  });
}
