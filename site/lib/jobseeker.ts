/**
 * What the jobseeker's pages show of the catalogue: each page is built once per language, and the
 * suppliers of a kommun are read through the rules in core/catalogue/choice.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { jobseekerLanguages, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { suppliersInKommun as offeredIn, type SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';
import { kommunCentres } from './distance.ts';
import { catalogue } from './catalogue.ts';

/** getStaticPaths params of a page in every jobseeker language: Swedish at the root. */
export const languageParams = () =>
  jobseekerLanguages.map((language) => ({ params: { lang: language === 'sv' ? undefined : language }, props: { language } }));

/** The language of a page built by languageParams. */
export interface LanguageProps {
  language: JobseekerLanguage;
}

/** The suppliers offered to jobseekers in kommun `kommunkod`, with what a card shows of each. */
export async function suppliersInKommun(kommunkod: string): Promise<SupplierInKommun[]> {
  const { leverantorer } = await catalogue();
  return offeredIn(
    leverantorer.map((entry) => ({ slug: entry.id, ...entry.data })),
    kommunkod,
    kommunCentres(),
  );
}

let explanations: Promise<CollectionEntry<'valet'>[]> | undefined;

/** The explanation of the choice in `language`, when the catalogue has one. */
export async function explanation(language: JobseekerLanguage): Promise<CollectionEntry<'valet'> | undefined> {
  explanations ??= getCollection('valet');
  return (await explanations).find((e) => e.id === language);
}
