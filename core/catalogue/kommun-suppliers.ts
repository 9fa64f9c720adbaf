/**
 * The suppliers a kommun's jobseekers are offered, with what a supplier card shows of each: the
 * static list page and the pages the functions render on request (the filtered list, the
 * comparison) compute them here, from the same catalogue, so a card is the same everywhere.
 */
import { offerIn, ratingsByService, type Offer } from './choice.ts';
import { latestResults, type PublishedResult, type PublishedSupplier } from './results.ts';
import type { CardFacts } from './supplier-filter.ts';
import type { Leverantor } from './schemas/leverantor.ts';
import { nearestAddresses, type KommunCentres } from '../reference/distance.ts';
import type { JobseekerLanguage } from '../i18n/index.ts';

/** A supplier as published, with its address on the site: an entry of the catalogue, or a record of /data/leverantorer.json. */
export type SupplierRecord = PublishedSupplier & { slug: string };

export interface SupplierInKommun
  extends Offer,
    Pick<Leverantor, 'namn' | 'sammanfattning' | 'sprak' | 'distans' | 'exempeldata' | 'kontakt' | 'webb'> {
  slug: string;
  /** The delivery addresses in the kommun, or else in the nearest kommun with addresses. */
  addresses: Leverantor['adresser'];
  /** Kilometres to those addresses: 0 in the kommun, null when the supplier has no address. */
  km: number | null;
  /** The latest result of each service offered. */
  results: PublishedResult[];
  /** What the list's filters read, also carried by the card for the filters in the browser. */
  facts: CardFacts;
}

/**
 * What the supplier pages need besides the catalogue: the build publishes it as
 * /data/leverantorsval.json for the functions, which render the filtered list and the comparison.
 */
export interface ChoicePageData {
  /** Each kommun's centre, for the distance to a supplier's addresses. */
  mittpunkter: KommunCentres;
  /** The languages the choice is explained in (/leverantorer/om-valet/), which the list links to. */
  forklaring: JobseekerLanguage[];
}

/** The suppliers offered to jobseekers in kommun `kommunkod`, in the order of `suppliers`. */
export function suppliersInKommun(suppliers: readonly SupplierRecord[], kommunkod: string, centres: KommunCentres): SupplierInKommun[] {
  return suppliers.flatMap((supplier) => {
    const offer = offerIn(supplier, kommunkod);
    if (!offer) return [];
    const nearest = nearestAddresses(centres, supplier.adresser, kommunkod);
    const km = nearest.addresses.length > 0 ? Math.round(nearest.km) : null;
    const results = latestResults(
      supplier.resultat,
      offer.services.map((s) => s.tjanst),
    );
    const { slug, namn, sammanfattning, sprak, distans, exempeldata, kontakt, webb } = supplier;
    const facts: CardFacts = {
      slug,
      namn,
      sprak,
      tjanster: offer.services.map((s) => s.tjanst),
      distans,
      stegfritt: nearest.addresses.some((a) => a.stegfritt),
      betyg: ratingsByService(results),
      km,
      valbar: offer.choosable,
    };
    return [
      {
        ...offer,
        slug,
        namn,
        sammanfattning,
        sprak,
        distans,
        exempeldata,
        kontakt,
        webb,
        addresses: nearest.addresses,
        km,
        results,
        facts,
      },
    ];
  });
}
