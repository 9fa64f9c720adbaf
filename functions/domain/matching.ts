/**
 * The start of a jobbspår package: the interventions available in the employer's FA-region that
 * lead to one of the LOI's occupation groups.
 */
import type { Match } from '../../core/contracts/loi-view.ts';
import { interventionsInRegion, type InsatsRecord, type PublishedCatalogue } from '../catalogue/index.ts';

export function matchingInterventions(catalogue: PublishedCatalogue, fa: string, ssykCodes: readonly string[]): Match[] {
  const wanted = new Set(ssykCodes);
  return interventionsInRegion(catalogue, fa)
    .map((insats: InsatsRecord) => ({ insats, ssyk: insats.yrken.filter((code) => wanted.has(code)) }))
    .filter(({ ssyk }) => ssyk.length > 0)
    .map(({ insats, ssyk }) => ({ slug: insats.slug, titel: insats.titel, typ: insats.typ, url: new URL(insats.url).pathname, ssyk }))
    .sort((a, b) => a.titel.localeCompare(b.titel, 'sv'));
}
