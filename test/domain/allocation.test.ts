/**
 * One jobbspår supplier per LOI, by its region's rule: turns go round the published order,
 * skipping a supplier that does not take LOIs from the kommun on the day; the employer's choice is
 * checked against the suppliers that do; the next supplier after those that have had the LOI.
 */
import { describe, expect, it } from 'vitest';
import { regionAllocations } from '../../core/catalogue/allocation.ts';
import type { Leverantor } from '../../core/catalogue/schemas/leverantor.ts';
import { dayOf, publishedService } from '../../core/catalogue/contract.ts';
import { contractEvents, type ContractTerms } from '../support/contracts.ts';
import type { AllocationSetting } from '../../core/catalogue/schemas/routning.ts';
import type { LeverantorRecord, PublishedCatalogue } from '../../functions/catalogue/index.ts';
import { allocateSupplier, nextSupplier, routeFromKommun, supplierChoiceErrors } from '../../functions/domain/routing.ts';

const today = new Date('2026-11-28T12:00:00Z');
const malmo = '1280';
const lund = '1281';

type Contract = ContractTerms & Pick<Leverantor['tjanster'][number], 'leveransomrade'>;

/** A supplier with a jobbspår contract in FA-region 01, in force today unless `contract` says otherwise. */
function supplier(slug: string, contract: Contract = {}): LeverantorRecord {
  return {
    slug,
    namn: `${slug} AB`,
    kontakt: { namn: 'Kontakt', epost: `${slug}@exempel.se` },
    tjanster: [
      publishedService(
        {
          tjanst: 'jobbspar' as const,
          fa_regioner: ['01'],
          ...(contract.leveransomrade && { leveransomrade: contract.leveransomrade }),
          handelser: contractEvents({ avtal_fran: '2026-01-01', ...contract }),
        },
        dayOf(today),
      ),
    ],
  } as LeverantorRecord;
}

/** A published catalogue of FA-region 01 with `suppliers`, its rule `rule` (or the default), and contacts for Malmö and Arbetsförmedlingen. */
function catalogueWith(suppliers: LeverantorRecord[], rule?: AllocationSetting): PublishedCatalogue {
  return {
    yrken: [],
    insatser: [],
    routning: [],
    leverantorer: suppliers,
    regioner: [
      {
        fa_region: '01',
        kontakter: [
          { organisation: 'Arbetsförmedlingen', namn: 'A', epost: 'af@exempel.se' },
          { organisation: 'Malmö stad', kommun: malmo, namn: 'M', epost: 'malmo@exempel.se' },
        ],
      },
    ] as PublishedCatalogue['regioner'],
    tilldelning: regionAllocations(rule ? [{ agare: 'fa-01', leverantorsval: rule }] : [], suppliers),
  };
}

/** A counter of turns as the table keeps it, per FA-region. */
function turns() {
  const counted = new Map<string, number>();
  return async (fa: string) => {
    counted.set(fa, (counted.get(fa) ?? 0) + 1);
    return counted.get(fa)!;
  };
}

const inOrder = (...slugs: string[]): AllocationSetting => ({ regel: 'rak_ordning', ordning: slugs });

/** The slugs the LOIs from `kommun` go to, one after another. */
async function allocations(catalogue: PublishedCatalogue, kommun: string, count: number, takeTurn = turns()) {
  const slugs: (string | undefined)[] = [];
  for (let i = 0; i < count; i++)
    slugs.push((await allocateSupplier(catalogue, { arbetsplatsKommun: kommun }, takeTurn, today)).supplier?.slug);
  return slugs;
}

describe('in turn (rak_ordning)', () => {
  it('goes round the published order, one supplier per LOI, each with its turn', async () => {
    const catalogue = catalogueWith([supplier('a'), supplier('b'), supplier('c')], inOrder('c', 'a', 'b'));
    expect(await allocations(catalogue, malmo, 5)).toEqual(['c', 'a', 'b', 'c', 'a']);
    const takeTurn = turns();
    await takeTurn('01');
    expect(await allocateSupplier(catalogue, { arbetsplatsKommun: malmo }, takeTurn, today)).toMatchObject({
      supplier: { slug: 'a' },
      allocation: { rule: 'rak_ordning', turn: 2 },
    });
  });

  it('skips a supplier whose contract does not cover the kommun, or has ended, or is paused', async () => {
    const suppliers = [
      supplier('a', { leveransomrade: [lund] }),
      supplier('b'),
      supplier('c', { avtal_till: '2026-06-30' }),
      supplier('d', { status: 'pausad', status_orsak: 'Avropsstopp' }),
      supplier('e', { avtal_fran: '2027-01-01' }),
    ];
    const catalogue = catalogueWith(suppliers, inOrder('a', 'b', 'c', 'd', 'e'));
    expect(await allocations(catalogue, malmo, 5)).toEqual(['b', 'b', 'b', 'b', 'b']);
    // Turns 3–5 fall on suppliers that do not take the LOI: each goes round to the next that does.
    expect(await allocations(catalogue, lund, 5)).toEqual(['a', 'b', 'a', 'a', 'a']);
  });

  it('without a rule of the region, takes its jobbspår suppliers in turn in alphabetical order of slug', async () => {
    const catalogue = catalogueWith([supplier('stegvis'), supplier('alfa'), supplier('mitt')]);
    expect(catalogue.tilldelning.find((a) => a.fa_region === '01')).toMatchObject({
      regel: 'rak_ordning',
      standard: true,
      ordning: [{ slug: 'alfa' }, { slug: 'mitt' }, { slug: 'stegvis' }],
    });
    expect(await allocations(catalogue, malmo, 4)).toEqual(['alfa', 'mitt', 'stegvis', 'alfa']);
  });

  it('routes to no supplier, and takes no turn, where none takes LOIs from the kommun: the kommun and Arbetsförmedlingen still get it', async () => {
    const catalogue = catalogueWith(
      [supplier('a', { leveransomrade: [lund] }), supplier('b', { status: 'avslutad', status_orsak: 'Slut' })],
      inOrder('a', 'b'),
    );
    let taken = 0;
    const allocated = await allocateSupplier(catalogue, { arbetsplatsKommun: malmo }, async () => ++taken, today);
    expect(allocated).toEqual({});
    expect(taken).toBe(0);
    const routing = routeFromKommun(catalogue, malmo, allocated.supplier);
    expect(routing.recipients.map((r) => r.role)).toEqual(['kommun', 'arbetsformedlingen']);
    expect(routing.unrouted).toEqual(['leverantor']);
  });

  it('sends the LOI to the supplier allocated, by its slug, with the kommun and Arbetsförmedlingen', async () => {
    const catalogue = catalogueWith([supplier('a'), supplier('b')], inOrder('b', 'a'));
    const { supplier: allocated } = await allocateSupplier(catalogue, { arbetsplatsKommun: malmo }, turns(), today);
    expect(routeFromKommun(catalogue, malmo, allocated)).toEqual({
      recipients: [
        { role: 'leverantor', organisation: 'b AB', address: 'b@exempel.se', supplier: 'b' },
        { role: 'kommun', organisation: 'Malmö stad', address: 'malmo@exempel.se' },
        { role: 'arbetsformedlingen', organisation: 'Arbetsförmedlingen', address: 'af@exempel.se' },
      ],
      unrouted: [],
    });
  });
});

describe('the next supplier after those that have had the LOI', () => {
  const catalogue = catalogueWith(
    [supplier('a'), supplier('b', { leveransomrade: [lund] }), supplier('c'), supplier('d')],
    inOrder('a', 'b', 'c', 'd'),
  );
  const rule = catalogue.tilldelning.find((a) => a.fa_region === '01')!;
  const next = (excluding: string[], kommun = malmo) => nextSupplier(catalogue, kommun, rule, excluding, today)?.slug;

  it('is the first in order when none has had it', () => {
    expect(next([])).toBe('a');
  });

  it('follows the last one that had it, skipping those that had it and those that do not take the kommun, going round', () => {
    expect(next(['a'])).toBe('c');
    expect(next(['a'], lund)).toBe('b');
    expect(next(['c'])).toBe('d');
    expect(next(['d'])).toBe('a');
    expect(next(['c', 'd'])).toBe('a');
    expect(next(['a', 'd'])).toBe('c');
    expect(next(['okand'])).toBe('a');
  });

  it('is none when every supplier that takes the kommun has had it', () => {
    expect(next(['a', 'c', 'd'])).toBeUndefined();
    expect(next(['a', 'c', 'd'], lund)).toBe('b');
  });
});

describe('the employer chooses (arbetsgivaren_valjer)', () => {
  const suppliers = [supplier('a'), supplier('b', { leveransomrade: [lund] }), supplier('c', { avtal_till: '2026-06-30' })];
  const chooses: AllocationSetting = { regel: 'arbetsgivaren_valjer' };
  const catalogue = catalogueWith(suppliers, chooses);

  it('goes to the supplier chosen, taking no turn', async () => {
    let taken = 0;
    const allocated = await allocateSupplier(catalogue, { arbetsplatsKommun: lund, leverantor: 'b' }, async () => ++taken, today);
    expect(allocated).toMatchObject({ supplier: { slug: 'b' }, allocation: { rule: 'arbetsgivaren_valjer' } });
    expect(allocated.allocation).not.toHaveProperty('turn');
    expect(taken).toBe(0);
  });

  it('goes to the next in order when the one chosen no longer takes LOIs', async () => {
    const later = new Date('2027-03-01T12:00:00Z');
    const ended = catalogueWith([supplier('a', { avtal_till: '2027-01-31' }), supplier('b')], {
      regel: 'arbetsgivaren_valjer',
      ordning: ['a', 'b'],
    });
    expect((await allocateSupplier(ended, { arbetsplatsKommun: malmo, leverantor: 'a' }, turns(), later)).supplier?.slug).toBe('b');
  });

  it('asks for one of the suppliers that take LOIs from the kommun, naming the field', () => {
    const errors = (leverantor: string | undefined, kommun = malmo) =>
      supplierChoiceErrors(catalogue, { arbetsplatsKommun: kommun, leverantor }, today);
    expect(errors(undefined)).toEqual([{ path: 'leverantor', message: 'Välj vilken leverantör som ska få din avsiktsförklaring' }]);
    expect(errors('b')).toEqual([{ path: 'leverantor', message: 'Välj en av leverantörerna i listan: a AB' }]);
    expect(errors('c', lund)).toEqual([{ path: 'leverantor', message: 'Välj en av leverantörerna i listan: a AB och b AB' }]);
    expect(errors('a')).toEqual([]);
    expect(errors('b', lund)).toEqual([]);
  });

  it('asks for none where no supplier takes LOIs from the kommun', () => {
    const none = catalogueWith([supplier('c', { avtal_till: '2026-06-30' })], chooses);
    expect(supplierChoiceErrors(none, { arbetsplatsKommun: malmo }, today)).toEqual([]);
    expect(supplierChoiceErrors(none, { arbetsplatsKommun: malmo, leverantor: 'c' }, today)[0]?.path).toBe('leverantor');
  });

  it('refuses a choice where the region allocates in turn, saying so', () => {
    const inTurn = catalogueWith(suppliers, inOrder('a', 'b'));
    expect(supplierChoiceErrors(inTurn, { arbetsplatsKommun: malmo }, today)).toEqual([]);
    expect(supplierChoiceErrors(inTurn, { arbetsplatsKommun: malmo, leverantor: 'a' }, today)).toEqual([
      { path: 'leverantor', message: expect.stringContaining('nästa leverantör i tur') },
    ]);
  });
});
