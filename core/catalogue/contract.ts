/**
 * The one rule for a supplier's contract for a service on a given day, read by the choice list, the
 * routing of LOIs, the supplier pages and the open data: a contract whose last day has passed has
 * ended, whatever status its file still gives, and one whose first day has not come is not yet in force.
 */
import type { Leverantor } from './schemas/leverantor.ts';
import type { ContractStatus } from './vocabulary.ts';

type Service = Leverantor['tjanster'][number];

/** The day of `at` as contracts are dated (YYYY-MM-DD). */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** The status of a contract on `day`: its file's status until its last day, "avslutad" after it. */
export const statusOn = (service: Pick<Service, 'status' | 'avtal_till'>, day: string): ContractStatus =>
  day > service.avtal_till ? 'avslutad' : service.status;

/** Whether a contract is in force on `day`: begun, and neither ended nor terminated. */
export const inForce = (service: Pick<Service, 'status' | 'avtal_fran' | 'avtal_till'>, day: string): boolean =>
  service.avtal_fran <= day && statusOn(service, day) !== 'avslutad';

/** A contract as published on `day`: an ended one says so, and why, in the file's words or else by its date. */
export function publishedService<S extends Service>(service: S, day: string): S {
  const status = statusOn(service, day);
  if (status === service.status) return service;
  return { ...service, status, status_orsak: service.status_orsak ?? `Avtalet upphörde ${service.avtal_till}.` };
}
