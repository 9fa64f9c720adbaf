/**
 * Complete, valid submissions from a fictional employer in Södertälje (FA-region 23) and a
 * supplier there: what the benchmarks send and the tests start from.
 */
import type { LoiInput } from '../core/contracts/loi.ts';
import type { GapInput, NeedsInput } from '../core/contracts/signals.ts';

export const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export function validLoi(overrides: { epost?: string } = {}): LoiInput {
  return {
    organisation: { namn: 'Exempelbageriet i Södertälje AB', organisationsnummer: '556677-8899', storlek: '10-49' },
    arbetsplatsKommun: '0181',
    kontakt: {
      namn: 'Eva Exempelsson',
      roll: 'Platschef',
      epost: overrides.epost ?? 'eva@exempelbageriet.example',
      telefon: '08-555 123 45',
    },
    behov: {
      yrken: [{ namn: 'Kock à la carte', ssyk: '5120' }],
      antal: 3,
      tidigastStart: inAMonth(),
      anstallningsform: 'tillsvidare',
    },
    kompetens: { kunskaper: ['Hygienrutiner', 'Varmkök'], svenskniva: 'grundlaggande', korkortOchCertifikat: [] },
    erbjuder: { praktikplatser: true, studiebesok: true, handledare: true, internutbildning: false },
    anstallningsstod: 'vet-inte',
    ejBindande: true,
    samtycke: true,
    undertecknare: { namn: 'Eva Exempelsson', titel: 'Platschef' },
  };
}

export function validNeeds(overrides: { epost?: string; kommun?: string } = {}): NeedsInput {
  return {
    organisation: { namn: 'Exempelbageriet i Södertälje AB', organisationsnummer: '556677-8899' },
    arbetsplatsKommun: overrides.kommun ?? '0181',
    kontakt: { epost: overrides.epost ?? 'behov@exempelbageriet.example' },
    behov: { yrken: [{ namn: 'Kock à la carte', ssyk: '5120' }], antal: 3, tidshorisont: '0-3' },
    avsiktsforklaring: 'vet-inte',
    beskrivning: 'Vi behöver kockar till vårt nya kök.',
  };
}

export function validGap(overrides: { fa?: string } = {}): GapInput {
  return {
    faRegion: overrides.fa ?? '23',
    profil: { yrken: [{ namn: 'Kock à la carte', ssyk: '5120' }], kunskaper: ['Varmkök', 'Hygienrutiner'] },
    avsiktsforklaringar: ['LOI-2026-000001'],
    insatser: [{ skal: 'saknas' }, { insats: 'yrkesvux-restaurang-sodertalje', skal: 'fel-tid', kommentar: 'Startar först i augusti' }],
    berorda: { arbetsgivare: 2, tjanster: 6 },
    forslag: 'En kortare kurs på kvällstid i Södertälje.',
  };
}
