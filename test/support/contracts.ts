/**
 * A contract's dated events (core/catalogue/schemas/leverantor.ts) from its first and last day and
 * a status it should have while in force: paused is an avropsstopp from the first day on, ended a
 * termination (hävt) on the first day.
 */
import type { ContractEvent } from '../../core/catalogue/schemas/leverantor.ts';
import type { ContractStatus } from '../../core/catalogue/vocabulary.ts';

export interface ContractTerms {
  avtal_fran?: string;
  avtal_till?: string;
  status?: ContractStatus;
  status_orsak?: string;
}

export function contractEvents({
  avtal_fran = '2025-01-01',
  avtal_till = '2027-12-31',
  status = 'aktiv',
  status_orsak = 'Orsak',
}: ContractTerms = {}): ContractEvent[] {
  const disturbed: ContractEvent[] =
    status === 'pausad'
      ? [{ typ: 'avropsstopp', fran: avtal_fran, orsak: status_orsak }]
      : status === 'avslutad'
        ? [{ typ: 'havt', datum: avtal_fran, orsak: status_orsak }]
        : [];
  return [{ typ: 'avtal_borjar', datum: avtal_fran }, ...disturbed, { typ: 'avtal_loper_ut', datum: avtal_till }];
}
