/**
 * Where an intervention is offered, as FA-regions: the one rule the site and the functions share.
 */
import { getKommun } from '../reference/index.ts';

interface Scoped {
  omfattning: 'nationell' | 'fa-region' | 'kommuner';
  fa_region?: string;
  kommuner?: string[];
}

/** The FA-regions a regional or local intervention is offered in; empty for a national one. */
export function regionsOf(insats: Scoped): string[] {
  if (insats.omfattning === 'fa-region') return [insats.fa_region!];
  if (insats.omfattning === 'kommuner') return [...new Set(insats.kommuner!.map((k) => getKommun(k)!.fa))];
  return [];
}
