/** A complete, valid Letter of Intent from a fictional employer in Södertälje (FA-region 23). */
import type { LoiInput } from '../../functions/contracts/loi.ts';

export const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export function validLoi(overrides: { epost?: string } = {}): LoiInput {
  return {
    organisation: { namn: 'Exempelbageriet i Södertälje AB', organisationsnummer: '556677-8899', storlek: '10-49' },
    arbetsplatsKommun: '0181',
    kontakt: { namn: 'Eva Exempelsson', roll: 'Platschef', epost: overrides.epost ?? 'eva@exempelbageriet.example', telefon: '08-555 123 45' },
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

export const postLoi = (url: string, body: unknown, key: string) =>
  fetch(`${url}/api/loi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
