/**
 * `npm run generate:catalogue -- --out /tmp/katalog --interventions 500 --suppliers 50 [--seed 1]`:
 * writes a synthetic but valid catalogue for benchmarks, in the folder layout editors use. The same
 * seed gives the same catalogue, so two benchmark runs build the same thing.
 *
 * It never writes into content/ or into a folder that already has files: the real catalogue is
 * edited by people, and a generator must not be able to overwrite their work.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { dump } from 'js-yaml';
import { faRegions, type Kommun } from '../core/reference/index.ts';
import { ssykGroups } from '../core/reference/ssyk.ts';
import { activityCategories, deliveryModes, interventionTypes, languages, paces, supplierServices } from '../core/catalogue/vocabulary.ts';
import type { Insats } from '../core/catalogue/schemas/insats.ts';
import type { ContractEvent, Leverantor } from '../core/catalogue/schemas/leverantor.ts';

export interface GenerateOptions {
  /** The folder to create; must not be inside content/ and must be empty or missing. */
  out: string;
  interventions: number;
  suppliers: number;
  seed?: number;
}

const projectContent = resolve(import.meta.dirname, '../content');

export function generateCatalogue({ out, interventions, suppliers, seed = 1 }: GenerateOptions): { files: number } {
  const target = resolve(out);
  if (target === projectContent || target.startsWith(projectContent + sep))
    throw new Error(`Skriver inte i ${target}: den syntetiska katalogen får aldrig hamna i content/`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`Mappen ${target} är inte tom; välj en ny mapp`);

  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  const regionsWithKommuner = faRegions.filter((r) => r.kommuner.length > 0);
  const occupationCodes = ssykGroups.map((g) => g.kod);
  let files = 0;
  const write = (owner: string, kind: 'insatser' | 'leverantorer', slug: string, data: object, body: string) => {
    const dir = join(target, owner, kind);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${slug}.md`), `---\n${dump(data)}---\n${body}\n`);
    files++;
  };

  // Suppliers first: interventions refer to them, and only within the regions they serve.
  const supplierRegions: { slug: string; regions: string[]; jobbspar: string[] }[] = [];
  for (let i = 1; i <= suppliers; i++) {
    const slug = `syntetisk-leverantor-${i}`;
    const regions = some(regionsWithKommuner, 1, 3);
    const services = some(supplierServices, 1, 3).map((tjanst) => {
      // Most contracts run undisturbed; some are stopped (avropsstopp) or terminated.
      const disturbed: ContractEvent[] =
        random() < 0.85
          ? []
          : [
              pick<ContractEvent>([
                { typ: 'avropsstopp', fran: '2026-01-01', orsak: 'Syntetisk orsak för prestandamätning.' },
                { typ: 'havt', datum: '2026-01-01', orsak: 'Syntetisk orsak för prestandamätning.' },
              ]),
            ];
      return {
        tjanst,
        fa_regioner: regions.map((r) => r.kod),
        handelser: [
          { typ: 'avtal_borjar' as const, datum: '2025-01-01' },
          ...disturbed,
          { typ: 'avtal_loper_ut' as const, datum: '2028-12-31' },
        ],
      };
    });
    const addressKommuner = regions.map((r) => pick(r.kommuner));
    const supplier: Leverantor = {
      namn: `Syntetisk Leverantör ${i} AB`,
      organisationsnummer: organisationsnummer(random),
      agare: 'arbetsformedlingen',
      sammanfattning: `Syntetisk leverantör nummer ${i}, skapad för att mäta hur webbplatsen klarar en stor katalog.`,
      tjanster: services,
      adresser: addressKommuner.map((kommun, a) => ({
        gata: `Exempelgatan ${a + 1}`,
        postnummer: `${String(100 + Math.floor(random() * 880))} ${String(10 + Math.floor(random() * 89))}`,
        ort: kommun.namn,
        kommun: kommun.kod,
        stegfritt: random() < 0.7,
        tillganglig_toalett: random() < 0.6,
        horslinga: random() < 0.3,
      })),
      sprak: [
        'sv',
        ...some(
          languages.filter((l) => l !== 'sv'),
          0,
          3,
        ),
      ],
      distans: random() < 0.5,
      kontakt: { namn: `Kontakt ${i} Exempelsson`, epost: `kontakt${i}@leverantor.exempel.se` },
      resultat: services.map((s) => ({
        period: '2026-H1',
        tjanst: s.tjanst,
        deltagare: Math.floor(random() * 200),
        andel_arbete_studier: round(random()),
        betyg: 1 + Math.floor(random() * 4),
        nojdhet: { andel: round(random()), svar: Math.floor(random() * 100) },
      })),
      granskad: '2026-06-01',
      exempeldata: true,
    };
    write(
      'arbetsformedlingen',
      'leverantorer',
      slug,
      supplier,
      'En syntetisk leverantör. Texten finns bara för att sidan ska ha en beskrivning.',
    );
    supplierRegions.push({
      slug,
      regions: regions.map((r) => r.kod),
      jobbspar: services.filter((s) => s.tjanst === 'jobbspar').flatMap((s) => s.fa_regioner),
    });
  }

  for (let i = 1; i <= interventions; i++) {
    const typ = interventionTypes[(i - 1) % interventionTypes.length]!;
    const region = pick(regionsWithKommuner);
    // About one in ten national, three in ten for a whole region, the rest for a few kommuner.
    const roll = random();
    const scope: { owner: string; fields: Pick<Insats, 'omfattning' | 'fa_region' | 'kommuner'>; places: readonly Kommun[] } =
      roll < 0.1
        ? { owner: 'arbetsformedlingen', fields: { omfattning: 'nationell' }, places: [pick(region.kommuner)] }
        : roll < 0.4
          ? { owner: `fa-${region.kod}`, fields: { omfattning: 'fa-region', fa_region: region.kod }, places: [pick(region.kommuner)] }
          : (() => {
              const kommuner = some(region.kommuner, 1, 3);
              return {
                owner: `kommun-${kommuner[0]!.kod}`,
                fields: { omfattning: 'kommuner', kommuner: kommuner.map((k) => k.kod) },
                places: kommuner,
              };
            })();
    const national = scope.fields.omfattning === 'nationell';
    // A jobbspår supplier runs no other interventions in its own region (the catalogue's conflict-of-interest rule).
    const deliverer = supplierRegions.find(
      (s) =>
        (national || s.regions.includes(region.kod)) &&
        (typ === 'jobbsparsmodul' || (national ? s.jobbspar.length === 0 : !s.jobbspar.includes(region.kod))),
    );
    const genomforande = pick(deliveryModes);
    const delbar = random() < 0.4;
    const insats: Insats = {
      titel: `Syntetisk insats ${i}: ${typ}`,
      sammanfattning: `En syntetisk insats av typen ${typ}, skapad för att mäta bygget av en stor katalog.`,
      typ,
      kategorier: some(activityCategories, 1, 2),
      ...scope.fields,
      anordnare: { namn: `Anordnare ${i}`, ...(deliverer && random() < 0.5 ? { leverantor: deliverer.slug } : {}) },
      agare: scope.owner,
      yrken: typ === 'sfi' ? [] : some(occupationCodes, 1, 3),
      langd_veckor: 1 + Math.floor(random() * 52),
      takt: pick(paces),
      delbar,
      ...(delbar ? { delbar_beskrivning: 'Varje modul kan tas för sig.' } : {}),
      sprak: [
        'sv',
        ...some(
          languages.filter((l) => l !== 'sv'),
          0,
          2,
        ),
      ],
      genomforande,
      platser: genomforande === 'distans' ? [] : scope.places.map((k) => ({ ort: k.namn, kommun: k.kod })),
      antagning: 'lopande',
      forkunskaper: 'Inga särskilda förkunskaper.',
      malgrupp: 'Arbetssökande som vill pröva ett nytt yrke.',
      ansokan: 'Prata med din handläggare.',
      kontakt: { namn: `Handläggare ${i} Exempelsson`, epost: `insats${i}@kommun.exempel.se` },
      granskad: '2026-06-01',
      exempeldata: true,
    };
    write(
      scope.owner,
      'insatser',
      `syntetisk-insats-${i}`,
      insats,
      'En syntetisk insats. Beskrivningen är kort men har **markdown** som en riktig.',
    );
  }
  return { files };
}

/** A small, fast seeded generator: the same seed always gives the same catalogue. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (share: number) => Math.round(share * 100) / 100;

/** A made-up organisationsnummer (group 55, limited companies) with a valid Luhn check digit. */
function organisationsnummer(random: () => number): string {
  const digits = `55${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      interventions: { type: 'string', default: '500' },
      suppliers: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
    },
  });
  const counts = [values.interventions, values.suppliers, values.seed].map(Number);
  if (!values.out || counts.some((n) => !Number.isInteger(n) || n < 0)) {
    console.error('Användning: npm run generate:catalogue -- --out /tmp/katalog --interventions 500 --suppliers 50 [--seed 1]');
    process.exit(2);
  }
  try {
    const { files } = generateCatalogue({ out: values.out, interventions: counts[0]!, suppliers: counts[1]!, seed: counts[2]! });
    console.log(`Skrev ${files} filer i ${resolve(values.out)}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
