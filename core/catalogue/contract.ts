/**
 * The one rule for a supplier's contract for a service on a given day, read by the choice list, the
 * routing of LOIs, the supplier keys, the supplier pages, the open data and the conflict-of-interest
 * check. The content gives the contract's dated events (schemas/leverantor.ts); its status on a day
 * follows from them: not yet in force before it begins; ended from the day it is terminated (hävt)
 * or after its last day; paused (avropsstopp: no new participants) during a stop; active otherwise.
 */
import type { ContractEvent, Leverantor } from './schemas/leverantor.ts';
import type { ContractStatus } from './vocabulary.ts';

type Service = Leverantor['tjanster'][number];
type Dated = Pick<Service, 'handelser'>;

/** The day of `at` as contracts are dated (YYYY-MM-DD). */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

const find = <T extends ContractEvent['typ']>(service: Dated, typ: T) =>
  service.handelser.find((e): e is Extract<ContractEvent, { typ: T }> => e.typ === typ);

/** The contract's first and last day, as signed. */
function period(service: Dated): { fran: string; till: string } {
  return { fran: find(service, 'avtal_borjar')!.datum, till: find(service, 'avtal_loper_ut')!.datum };
}

/** The avropsstopp running on `day`, if any. */
const stopOn = (service: Dated, day: string) =>
  service.handelser.find((e) => e.typ === 'avropsstopp' && e.fran <= day && (!e.till || day <= e.till)) as
    | Extract<ContractEvent, { typ: 'avropsstopp' }>
    | undefined;

/** The status of a contract on `day`, and why when it is not active. */
export function standingOn(service: Dated, day: string): { status: ContractStatus; orsak?: string } {
  const terminated = find(service, 'havt');
  if (terminated && terminated.datum <= day) return { status: 'avslutad', orsak: terminated.orsak };
  const { till } = period(service);
  // Ended while stopped, the stop's reason says why it ended as it did.
  if (day > till) return { status: 'avslutad', orsak: stopOn(service, till)?.orsak ?? `Avtalet upphörde ${till}.` };
  const stop = stopOn(service, day);
  return stop ? { status: 'pausad', orsak: stop.orsak } : { status: 'aktiv' };
}

export const statusOn = (service: Dated, day: string): ContractStatus => standingOn(service, day).status;

/** Whether a contract is in force on `day`: begun, and neither ended nor terminated. */
export const inForce = (service: Dated, day: string): boolean => period(service).fran <= day && statusOn(service, day) !== 'avslutad';

/** A contract as published on `day`: its events, its period and its status that day, with why when it is not active. */
export type PublishedService<S extends Dated = Service> = S & {
  avtal_fran: string;
  avtal_till: string;
  status: ContractStatus;
  status_orsak?: string;
};

export function publishedService<S extends Dated>(service: S, day: string): PublishedService<S> {
  const { fran, till } = period(service);
  const { status, orsak } = standingOn(service, day);
  return { ...service, avtal_fran: fran, avtal_till: till, status, ...(orsak && { status_orsak: orsak }) };
}
