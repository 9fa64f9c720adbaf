/**
 * The rules of a jobseeker's choice of supplier, in one place for the pages, the functions and the
 * tests: which suppliers a kommun's jobseekers are offered and whether they can choose one now.
 * Which results may be shown is the publishing rule's (results.ts).
 */
import { getKommun } from '../reference/index.ts';
import type { Leverantor } from './schemas/leverantor.ts';
import { showsFigures, type PublishedResult } from './results.ts';

type Service = Leverantor['tjanster'][number];
type Contracted = Pick<Leverantor, 'tjanster'>;

/** A supplier whose every service has ended is offered nowhere; its own page says so. */
export const hasEnded = (supplier: Contracted): boolean => supplier.tjanster.every((s) => s.status === 'avslutad');

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
export function offerIn(supplier: Contracted, kommunkod: string): Offer | undefined {
  const services = supplier.tjanster.filter((s) => s.status !== 'avslutad' && coversKommun(s, kommunkod));
  if (services.length === 0) return undefined;
  return { services, choosable: services.some((s) => s.status === 'aktiv') };
}

/** The best rating among results that may be shown; 0 when there is none. */
export function bestRating(results: readonly PublishedResult[]): number {
  return Math.max(0, ...results.filter(showsFigures).map((r) => r.betyg ?? 0));
}
