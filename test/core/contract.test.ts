/**
 * One rule for whether a contract is in force: a contract whose last day has passed has ended even
 * when its file still says "aktiv", for the choice list, the routing of LOIs and what is published.
 */
import { describe, expect, it } from 'vitest';
import { inForce, statusOn } from '../../core/catalogue/contract.ts';
import { hasEnded, offerIn } from '../../core/catalogue/choice.ts';
import { takesLois } from '../../core/catalogue/allocation.ts';
import { publishedSupplier } from '../../core/catalogue/results.ts';
import type { Leverantor } from '../../core/catalogue/schemas/leverantor.ts';

type Service = Leverantor['tjanster'][number];
const contract = (tjanst: Service['tjanst'], status: Service['status'] = 'aktiv'): Service => ({
  tjanst,
  fa_regioner: ['01'],
  avtal_fran: '2025-01-01',
  avtal_till: '2026-06-30',
  status,
  ...(status === 'aktiv' ? {} : { status_orsak: 'Avropsstopp under granskning.' }),
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
    expect(publishedSupplier(supplier, '2026-06-30').tjanster).toEqual(supplier.tjanster);
    expect(publishedSupplier(supplier, '2026-07-01').tjanster.map((s) => [s.status, s.status_orsak])).toEqual([
      ['avslutad', 'Avtalet upphörde 2026-06-30.'],
      ['avslutad', 'Avropsstopp under granskning.'],
    ]);
  });
});
