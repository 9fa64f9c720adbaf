/**
 * Which of an FA-region's jobbspår suppliers an employer's LOI goes to: one of them, never all.
 * The report "Konkurrensutsättning av lokala jobbspår" says why, in section 7, "Identifiera
 * arbetsgivare och behov":
 *
 *   "För många leverantörer riskerar att försvåra kontakterna. Samtliga intressenter skulle i ett
 *   sådant läge ha flera leverantörer att förhålla sig till, och risken finns att arbetsgivarna
 *   tröttnas ut om de utsätts för upprepade kontaktförsök från flera olika leverantörer."
 *
 * Each region sets its rule as data, in `leverantorsval` of content/fa-NN/routning.yaml: in turn
 * in a published order ("rak_ordning"), or the one the employer chooses ("arbetsgivaren_valjer").
 * The build publishes every region's rule, its own or the default, as /data/tilldelning.json,
 * which the LOI form and the functions read. Rules here, so that the form, the build, the catalogue
 * check and the routing agree.
 */
import { dayOf, inForce, statusOn } from './contract.ts';
import { faRegions, getKommun } from '../reference/index.ts';
import { coversKommun } from './choice.ts';
import type { AllocationSetting, AllocationSupplier, RegionAllocation, Routing } from './schemas/routning.ts';
import type { Leverantor } from './schemas/leverantor.ts';

export type { AllocationSupplier, RegionAllocation };

type Service = Leverantor['tjanster'][number];

/** A jobbspår contract of the supplier in FA-region `fa`, whatever its status. */
const isJobbsparIn = (service: Service, fa: string) => service.tjanst === 'jobbspar' && service.fa_regioner.includes(fa);

/** Whether a supplier has a jobbspår contract in FA-region `fa`: the ones a region's rule may list. */
export const hasJobbsparIn = (supplier: Pick<Leverantor, 'tjanster'>, fa: string): boolean =>
  supplier.tjanster.some((s) => isJobbsparIn(s, fa));

/**
 * Whether a supplier takes an LOI from kommun `kommunkod` on `day` (YYYY-MM-DD): an active
 * jobbspår contract, in force that day, that covers the kommun.
 */
export const takesLois = (supplier: Pick<Leverantor, 'tjanster'>, kommunkod: string, day: string): boolean =>
  supplier.tjanster.some((s) => s.tjanst === 'jobbspar' && inForce(s, day) && statusOn(s, day) === 'aktiv' && coversKommun(s, kommunkod));

export { dayOf };

/** The suppliers of a region's rule that take an LOI from `kommunkod` on `day`, in the rule's order. */
export const eligibleSuppliers = (allocation: RegionAllocation, kommunkod: string, day: string): AllocationSupplier[] =>
  allocation.ordning.filter((supplier) => takesLois(supplier, kommunkod, day));

/** The suppliers an employer chooses among for a workplace in `kommunkod`: none where the region allocates in turn. */
export function employerChoices(allocations: readonly RegionAllocation[], kommunkod: string, day: string): AllocationSupplier[] {
  const fa = getKommun(kommunkod)?.fa;
  const rule = allocations.find((a) => a.fa_region === fa);
  return rule?.regel === 'arbetsgivaren_valjer' ? eligibleSuppliers(rule, kommunkod, day) : [];
}

/** The rule of a region that sets none: in turn, among its jobbspår suppliers in alphabetical order of slug. */
const defaultRule: AllocationSetting = { regel: 'rak_ordning' };

/**
 * Every FA-region's rule: the one its routing file sets, or else the default. A rule without an
 * order lists the region's jobbspår suppliers in alphabetical order of slug. The catalogue check
 * has made sure that an order names only the region's jobbspår suppliers.
 */
export function regionAllocations(
  routing: readonly Pick<Routing, 'agare' | 'leverantorsval'>[],
  suppliers: readonly (Pick<Leverantor, 'namn' | 'tjanster'> & { slug: string })[],
): RegionAllocation[] {
  const bySlug = new Map(suppliers.map((s) => [s.slug, s]));
  return faRegions.map(({ kod }) => {
    const set = routing.find((r) => r.agare === `fa-${kod}`)?.leverantorsval;
    const { regel, ordning } = set ?? defaultRule;
    const slugs =
      ordning ??
      suppliers
        .filter((s) => hasJobbsparIn(s, kod))
        .map((s) => s.slug)
        .sort();
    return {
      fa_region: kod,
      regel,
      ordning: slugs.map((slug) => {
        const { namn, tjanster } = bySlug.get(slug)!;
        return { slug, namn, tjanster: tjanster.filter((s) => isJobbsparIn(s, kod)) };
      }),
      standard: !set,
    };
  });
}
