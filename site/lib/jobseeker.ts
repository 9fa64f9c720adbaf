/**
 * What the jobseeker's pages show of the catalogue: each page is built once per language, and the
 * suppliers of a kommun are read through the rules in site/catalogue/choice.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { jobseekerLanguages, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { latestResults, offerIn, bestRating, type Offer } from '../../core/catalogue/choice.ts';
import { nearestAddresses } from './distance.ts';
import type { CardFacts } from '../../core/catalogue/supplier-filter.ts';
import { catalogue, type LeverantorEntry } from './catalogue.ts';

/** getStaticPaths params of a page in every jobseeker language: Swedish at the root. */
export const languageParams = () =>
  jobseekerLanguages.map((language) => ({ params: { lang: language === 'sv' ? undefined : language }, props: { language } }));

/** The language of a page built by languageParams. */
export interface LanguageProps { language: JobseekerLanguage }

export interface SupplierInKommun extends Offer {
  entry: LeverantorEntry;
  /** The delivery addresses in the kommun, or else in the nearest kommun with addresses. */
  addresses: LeverantorEntry['data']['adresser'];
  /** Kilometres to those addresses: 0 in the kommun, null when the supplier has no address. */
  km: number | null;
  results: LeverantorEntry['data']['resultat'];
  facts: CardFacts;
}

/** The suppliers offered to jobseekers in kommun `kommunkod`, with what a card shows of each. */
export async function suppliersInKommun(kommunkod: string): Promise<SupplierInKommun[]> {
  const { leverantorer } = await catalogue();
  return leverantorer.flatMap((entry) => {
    const offer = offerIn(entry.data, kommunkod);
    if (!offer) return [];
    const nearest = nearestAddresses(entry.data.adresser, kommunkod);
    const km = nearest.addresses.length > 0 ? Math.round(nearest.km) : null;
    const results = latestResults(entry.data, offer.services);
    const facts: CardFacts = {
      slug: entry.id,
      namn: entry.data.namn,
      sprak: entry.data.sprak,
      tjanster: offer.services.map((s) => s.tjanst),
      distans: entry.data.distans,
      stegfritt: nearest.addresses.some((a) => a.stegfritt),
      betyg: bestRating(results),
      km,
      valbar: offer.choosable,
    };
    return [{ ...offer, entry, addresses: nearest.addresses, km, results, facts }];
  });
}

let explanations: Promise<CollectionEntry<'valet'>[]> | undefined;

/** The explanation of the choice in `language`, when the catalogue has one. */
export async function explanation(language: JobseekerLanguage): Promise<CollectionEntry<'valet'> | undefined> {
  explanations ??= getCollection('valet');
  return (await explanations).find((e) => e.id === language);
}
