/**
 * What the pages ask of the catalogue: which interventions and suppliers are available in a
 * kommun or an FA-region. Indexes are built once per build from the content collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getFaRegion, getKommun } from '../../core/reference/index.ts';
import { formatList, translations } from '../../core/i18n/index.ts';
import { isStale } from '../../core/catalogue/load.ts';
import { regionsOf } from '../../core/catalogue/scope.ts';
import { hasEnded } from '../../core/catalogue/choice.ts';
import { publishedSupplier, type PublishedSupplier } from '../../core/catalogue/results.ts';
import { activityCategories } from '../../core/catalogue/vocabulary.ts';
import type { Kommun } from '../../core/reference/index.ts';

export type InsatsEntry = CollectionEntry<'insatser'>;
/** A supplier as every page and open-data file sees it: its results through the publishing rule. */
export type LeverantorEntry = Omit<CollectionEntry<'leverantorer'>, 'data'> & { data: PublishedSupplier };
type RegionEntry = CollectionEntry<'regioner'>;

interface Index {
  insatser: InsatsEntry[];
  leverantorer: LeverantorEntry[];
  national: InsatsEntry[];
  /** Interventions listing the kommun (omfattning kommuner) per kommunkod. */
  local: Map<string, InsatsEntry[]>;
  /** Every non-national intervention available somewhere in the FA-region. */
  inRegion: Map<string, InsatsEntry[]>;
  suppliersInRegion: Map<string, LeverantorEntry[]>;
  /** The interventions each supplier runs (anordnare.leverantor), by the supplier's slug. */
  insatserBySupplier: Map<string, InsatsEntry[]>;
  regionText: Map<string, RegionEntry>;
  insatsBySlug: Map<string, InsatsEntry>;
  leverantorBySlug: Map<string, LeverantorEntry>;
}

let index: Promise<Index> | undefined;

export function catalogue(): Promise<Index> {
  index ??= buildIndex();
  return index;
}

const byTitle = (a: InsatsEntry, b: InsatsEntry) => a.data.titel.localeCompare(b.data.titel, 'sv');

async function buildIndex(): Promise<Index> {
  const insatser = (await getCollection('insatser')).sort(byTitle);
  const leverantorer: LeverantorEntry[] = (await getCollection('leverantorer'))
    .map((entry) => ({ ...entry, data: publishedSupplier(entry.data) }))
    .sort((a, b) => a.data.namn.localeCompare(b.data.namn, 'sv'));
  const regioner = await getCollection('regioner');

  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const local = new Map<string, InsatsEntry[]>();
  const inRegion = new Map<string, InsatsEntry[]>();
  const insatserBySupplier = new Map<string, InsatsEntry[]>();
  for (const entry of insatser) {
    for (const kod of entry.data.kommuner ?? []) push(local, kod, entry);
    for (const fa of regionsOf(entry.data)) push(inRegion, fa, entry);
    if (entry.data.anordnare.leverantor) push(insatserBySupplier, entry.data.anordnare.leverantor, entry);
  }
  const suppliersInRegion = new Map<string, LeverantorEntry[]>();
  for (const entry of leverantorer) {
    for (const fa of new Set(entry.data.tjanster.flatMap((t) => t.fa_regioner))) push(suppliersInRegion, fa, entry);
  }
  return {
    insatser,
    leverantorer,
    national: insatser.filter((e) => e.data.omfattning === 'nationell'),
    local,
    inRegion,
    suppliersInRegion,
    insatserBySupplier,
    regionText: new Map(regioner.map((r) => [r.data.fa_region, r])),
    insatsBySlug: new Map(insatser.map((e) => [e.id, e])),
    leverantorBySlug: new Map(leverantorer.map((e) => [e.id, e])),
  };
}

/** What a kommun's jobseekers are offered in one category of the activity requirement. */
export interface CategoryOffer {
  kategori: (typeof activityCategories)[number];
  /** The interventions that name the kommun: the kommun's own offer. */
  kommun: InsatsEntry[];
  /** The other interventions of the kommun's FA-region, which its jobseekers can reach too. */
  region: InsatsEntry[];
  /** National interventions, offered everywhere. */
  national: InsatsEntry[];
}

/**
 * A kommun's offer in each of the activity requirement's four categories (prop. 2025/26:207): the
 * kommun page shows where the kommun has nothing of its own, and what the region offers there.
 */
export async function offerByCategory(kommun: Kommun): Promise<CategoryOffer[]> {
  const { local, inRegion, national } = await catalogue();
  const own = local.get(kommun.kod) ?? [];
  const rest = (inRegion.get(kommun.fa) ?? []).filter((e) => !own.includes(e));
  return activityCategories.map((kategori) => {
    const inCategory = (entries: InsatsEntry[]) => entries.filter((e) => e.data.kategorier.includes(kategori));
    return { kategori, kommun: inCategory(own), region: inCategory(rest), national: inCategory(national) };
  });
}

export const isTerminated = (supplier: LeverantorEntry): boolean => hasEnded(supplier.data);

export function kommunName(kod: string): string {
  return getKommun(kod)?.namn ?? kod;
}

/** Where an intervention is offered, in words: "I hela landet", "I FA-region 23 Stockholm", "I Södertälje och Nykvarn". */
export function scopeText(insats: InsatsEntry['data']): string {
  const t = translations();
  if (insats.omfattning === 'nationell') return t.insats.scopeNational;
  if (insats.omfattning === 'fa-region') return t.insats.scopeRegion(`${insats.fa_region} ${getFaRegion(insats.fa_region!)?.namn}`);
  return t.insats.scopeKommuner(formatList(insats.kommuner!.map(kommunName)));
}

export { isStale };
