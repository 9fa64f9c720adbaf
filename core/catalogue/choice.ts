/**
 * The rules of a jobseeker's choice of supplier, in one place for the pages, the functions and the
 * tests: which suppliers a kommun's jobseekers are offered, only in the services where they choose,
 * and whether they can choose one now. Which results may be shown is the publishing rule's (results.ts).
 */
import { getKommun } from '../reference/index.ts';
import { jobseekerChoiceServices } from './vocabulary.ts';
import { dayOf, inForce, publishedService, statusOn, type PublishedService } from './contract.ts';
import type { Leverantor } from './schemas/leverantor.ts';
import { showsFigures, type PublishedResult } from './results.ts';

type Service = Leverantor['tjanster'][number];
type Contracted = Pick<Leverantor, 'tjanster'>;

/** A supplier whose every service has ended on `day` is offered nowhere; its own page says so. */
export const hasEnded = (supplier: Contracted, day = dayOf(new Date())): boolean =>
  supplier.tjanster.every((s) => statusOn(s, day) === 'avslutad');

/** Whether a service is contracted for kommun `kommunkod`: its delivery area, or else its FA-regions. */
export function coversKommun(service: Service, kommunkod: string): boolean {
  if (service.leveransomrade) return service.leveransomrade.includes(kommunkod);
  const kommun = getKommun(kommunkod);
  return kommun !== undefined && service.fa_regioner.includes(kommun.fa);
}

export interface Offer {
  /** The services offered in the kommun where the jobseeker chooses: in force, active or paused (avropsstopp), as they stand that day. */
  services: PublishedService[];
  /** False when every offered service is paused: shown, but not possible to choose now. */
  choosable: boolean;
}

const chosenByJobseeker = (service: Service): boolean => jobseekerChoiceServices.some((tjanst) => tjanst === service.tjanst);

/**
 * What a supplier offers a jobseeker to choose in kommun `kommunkod` on `day`, or undefined when
 * nothing: its other services are on its own page and in the catalogue, never on a choice list.
 */
export function offerIn(supplier: Contracted, kommunkod: string, day = dayOf(new Date())): Offer | undefined {
  const services = supplier.tjanster
    .filter((s) => chosenByJobseeker(s) && inForce(s, day) && coversKommun(s, kommunkod))
    .map((s) => publishedService(s, day));
  if (services.length === 0) return undefined;
  return { services, choosable: services.some((s) => s.status === 'aktiv') };
}

/**
 * The rating of each service among `results` that may be shown, by service: a rating compares a
 * supplier with others in the same service only, so ratings are never mixed across services.
 */
export function ratingsByService(results: readonly PublishedResult[]): Record<string, number> {
  return Object.fromEntries(results.filter(showsFigures).flatMap((r) => (r.betyg ? [[r.tjanst, r.betyg]] : [])));
}
