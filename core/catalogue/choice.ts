/**
 * The rules of a jobseeker's choice of supplier, in one place for the pages, the functions and the
 * tests: which suppliers a kommun's jobseekers are offered, whether they can choose one now, and
 * which published results may be shown.
 */
import { getKommun } from '../reference/index.ts';
import type { Leverantor } from './schemas/leverantor.ts';

type Service = Leverantor['tjanster'][number];
type Result = Leverantor['resultat'][number];

/**
 * Arbetsförmedlingen publishes no results for fewer participants than this: the figures would say
 * more about chance than about the supplier, and could point to single people.
 */
export const minParticipants = 18;

/** Whether a result's figures may be shown. */
export const showsFigures = (result: Result): boolean => result.deltagare >= minParticipants;

/** A supplier whose every service has ended is offered nowhere; its own page says so. */
export const hasEnded = (supplier: Leverantor): boolean => supplier.tjanster.every((s) => s.status === 'avslutad');

/** Whether a service is contracted for kommun `kommunkod`: its delivery area, or else its FA-regions. */
export function coversKommun(service: Service, kommunkod: string): boolean {
  if (service.leveransomrade) return service.leveransomrade.includes(kommunkod);
  const kommun = getKommun(kommunkod);
  return kommun !== undefined && service.fa_regioner.includes(kommun.fa);
}

export interface Offer {
  /** The services offered in the kommun: active or paused (avropsstopp), never terminated ones. */
  services: Service[];
  /** False when every offered service is paused: shown, but not possible to choose now. */
  choosable: boolean;
}

/** What a supplier offers in kommun `kommunkod`, or undefined when it is not offered there. */
export function offerIn(supplier: Leverantor, kommunkod: string): Offer | undefined {
  const services = supplier.tjanster.filter((s) => s.status !== 'avslutad' && coversKommun(s, kommunkod));
  if (services.length === 0) return undefined;
  return { services, choosable: services.some((s) => s.status === 'aktiv') };
}

/** The latest published result of each of `services`, in the order of the services. */
export function latestResults(supplier: Leverantor, services: readonly Service[] = supplier.tjanster): Result[] {
  return [...new Set(services.map((s) => s.tjanst))].flatMap((tjanst) => {
    const results = supplier.resultat.filter((r) => r.tjanst === tjanst).sort((a, b) => b.period.localeCompare(a.period));
    return results.length > 0 ? [results[0]!] : [];
  });
}

/** The best rating among results that may be shown; 0 when there is none. */
export function bestRating(results: readonly Result[]): number {
  return Math.max(0, ...results.filter(showsFigures).map((r) => r.betyg ?? 0));
}
