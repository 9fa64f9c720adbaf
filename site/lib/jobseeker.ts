/**
 * What the jobseeker's pages show of the catalogue: each page is built once per language, and the
 * suppliers of a kommun are read through the rules in core/catalogue/choice.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { jobseekerLanguages, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { suppliersInKommun as offeredIn, type SupplierInKommun, type SupplierRecord } from '../../core/catalogue/kommun-suppliers.ts';
import { getKommun } from '../../core/reference/index.ts';
import { kommunCentres } from './distance.ts';
import { catalogue } from './catalogue.ts';

/** getStaticPaths params of a page in every jobseeker language: Swedish at the root. */
export const languageParams = () =>
  jobseekerLanguages.map((language) => ({ params: { lang: language === 'sv' ? undefined : language }, props: { language } }));

/** The language of a page built by languageParams. */
export interface LanguageProps {
  language: JobseekerLanguage;
}

let supplierRecords: Promise<Map<string, SupplierRecord[]>> | undefined;

/** The suppliers with a service in each FA-region, as records, made once for all the kommun pages. */
async function recordsByRegion(): Promise<Map<string, SupplierRecord[]>> {
  const { suppliersInRegion } = await catalogue();
  return new Map([...suppliersInRegion].map(([fa, entries]) => [fa, entries.map((entry) => ({ slug: entry.id, ...entry.data }))]));
}

/**
 * The suppliers offered to jobseekers in kommun `kommunkod`, with what a card shows of each. Only
 * those with a service in the kommun's FA-region can offer one there (a delivery area lies inside
 * its service's regions: the content check says so), so each page reads its region's, not all.
 */
export async function suppliersInKommun(kommunkod: string): Promise<SupplierInKommun[]> {
  supplierRecords ??= recordsByRegion();
  const fa = getKommun(kommunkod)?.fa;
  return offeredIn((fa && (await supplierRecords).get(fa)) || [], kommunkod, kommunCentres());
}

let explanations: Promise<CollectionEntry<'valet'>[]> | undefined;

/** The explanation of the choice in `language`, when the catalogue has one. */
export async function explanation(language: JobseekerLanguage): Promise<CollectionEntry<'valet'> | undefined> {
  explanations ??= getCollection('valet');
  return (await explanations).find((e) => e.id === language);
}
