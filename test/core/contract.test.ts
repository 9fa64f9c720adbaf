/**
 * One rule for whether a contract is in force: a contract whose last day has passed has ended even
 * when its file still says "aktiv", for the choice list, the routing of LOIs and what is published.
 */
import { describe, expect, it } from 'vitest';
import { inForce, standingOn, statusOn } from '../../core/catalogue/contract.ts';
import { hasEnded, offerIn } from '../../core/catalogue/choice.ts';
import { takesLois } from '../../core/catalogue/allocation.ts';
import { publishedSupplier } from '../../core/catalogue/results.ts';
import type { Leverantor } from '../../core/catalogue/schemas/leverantor.ts';
import type { ContractStatus } from '../../core/catalogue/vocabulary.ts';
import { contractEvents } from '../support/contracts.ts';

type Service = Leverantor['tjanster'][number];
const contract = (tjanst: Service['tjanst'], status: ContractStatus = 'aktiv'): Service => ({
  tjanst,
  fa_regioner: ['01'],
  handelser: contractEvents({ avtal_fran: '2025-01-01', avtal_till: '2026-06-30', status, status_orsak: 'Avropsstopp under granskning.' }),
});
const malmo = '1280';

describe('a contract on a given day', () => {
  it('is in force from its first to its last day, and has ended after it whatever its file says', () => {
    const service = contract('rusta-och-matcha');
    expect([
      inForce(service, '2024-12-31'),
      inForce(service, '2025-01-01'),
      inForce(service, '2026-06-30'),
      inForce(service, '2026-07-01'),
    ]).toEqual([false, true, true, false]);
    expect(statusOn(service, '2026-07-01')).toBe('avslutad');
    expect(statusOn(contract('rusta-och-matcha', 'pausad'), '2026-03-01')).toBe('pausad');
  });

  it('leaves the choice list and the routing by the same rule', () => {
    const supplier = { tjanster: [contract('rusta-och-matcha'), contract('jobbspar')] };
    expect(offerIn(supplier, malmo, '2026-06-30')?.choosable).toBe(true);
    expect(offerIn(supplier, malmo, '2026-07-01')).toBeUndefined();
    expect(offerIn(supplier, malmo, '2024-12-31')).toBeUndefined();
    expect(takesLois(supplier, malmo, '2026-06-30')).toBe(true);
    expect(takesLois(supplier, malmo, '2026-07-01')).toBe(false);
    expect(hasEnded(supplier, '2026-06-30')).toBe(false);
    expect(hasEnded(supplier, '2026-07-01')).toBe(true);
  });

  it('is published as it stands that day, an ended one with why', () => {
    const supplier = { tjanster: [contract('rusta-och-matcha'), contract('jobbspar', 'pausad')], resultat: [] } as unknown as Leverantor;
    const period = { avtal_fran: '2025-01-01', avtal_till: '2026-06-30' };
    expect(publishedSupplier(supplier, '2026-06-30').tjanster).toEqual([
      { ...supplier.tjanster[0], ...period, status: 'aktiv' },
      { ...supplier.tjanster[1], ...period, status: 'pausad', status_orsak: 'Avropsstopp under granskning.' },
    ]);
    expect(publishedSupplier(supplier, '2026-07-01').tjanster.map((s) => [s.status, s.status_orsak])).toEqual([
      ['avslutad', 'Avtalet upphörde 2026-06-30.'],
      ['avslutad', 'Avropsstopp under granskning.'],
    ]);
  });

  it('follows its events: a stop for its days, a correction changing nothing, a termination ending it from its day', () => {
    const service: Service = {
      tjanst: 'rusta-och-matcha',
      fa_regioner: ['01'],
      handelser: [
        { typ: 'avtal_borjar', datum: '2025-01-01' },
        { typ: 'rattelse_begard', datum: '2025-03-01', orsak: 'Rapporteringen' },
        { typ: 'avropsstopp', fran: '2025-04-01', till: '2025-05-31', orsak: 'Granskning' },
        { typ: 'havt', datum: '2025-09-01', orsak: 'Allvarliga brister' },
        { typ: 'avtal_loper_ut', datum: '2027-12-31' },
      ],
    };
    const on = (day: string) => standingOn(service, day);
    expect(on('2025-03-15')).toEqual({ status: 'aktiv' });
    expect(on('2025-04-01')).toEqual({ status: 'pausad', orsak: 'Granskning' });
    expect(on('2025-05-31')).toEqual({ status: 'pausad', orsak: 'Granskning' });
    expect(on('2025-06-01')).toEqual({ status: 'aktiv' });
    expect(on('2025-08-31')).toEqual({ status: 'aktiv' });
    expect(on('2025-09-01')).toEqual({ status: 'avslutad', orsak: 'Allvarliga brister' });
    expect(inForce(service, '2025-09-01')).toBe(false);
    expect(offerIn({ tjanster: [service] }, malmo, '2025-04-15')?.choosable).toBe(false);
    expect(offerIn({ tjanster: [service] }, malmo, '2025-09-01')).toBeUndefined();
  });
});
