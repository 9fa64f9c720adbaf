import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogue, isStale, staleEntries } from '../../core/catalogue/load.ts';
import { contentDir } from '../support/paths.ts';
import { copyFixture, fixtureDir, fixtureFiles, requiredBadEdits, type Edit } from '../support/catalogue-fixture.ts';

const { insats, leverantor, anordnare, region } = fixtureFiles;
const valet = readFileSync(join(contentDir, 'arbetsformedlingen/valet/sv.md'), 'utf8');

/** The last event of the fixture supplier's first contract. */
const LAST_EVENT = '      - typ: avtal_loper_ut\n        datum: "2027-12-31"';

const moreBadEdits: Edit[] = [
  {
    name: 'misspelt field',
    apply: (c) => c.replace(insats, 'takt: heltid', 'tackt: heltid'),
    file: insats,
    field: 'tackt',
    message: 'okänt fält',
  },
  {
    name: 'value outside the list',
    apply: (c) => c.replace(insats, 'typ: yrkesvux', 'typ: yrkesutbildning'),
    file: insats,
    field: 'typ',
    message: '«yrkesutbildning» är inget tillåtet värde',
  },
  {
    name: 'unknown activity category',
    apply: (c) => c.replace(insats, '[arbetsplatsforlagd, sprakstarkande]', '[praktik]'),
    file: insats,
    field: 'kategorier[0]',
    message: 'inget tillåtet värde',
  },
  {
    name: 'no activity category',
    apply: (c) => c.replace(insats, '[arbetsplatsforlagd, sprakstarkande]', '[]'),
    file: insats,
    field: 'kategorier',
    message: 'minst 1 värde',
  },
  {
    name: 'text where a number belongs',
    apply: (c) => c.replace(insats, 'langd_veckor: 40', 'langd_veckor: fyrtio'),
    file: insats,
    field: 'langd_veckor',
    message: 'ska vara ett tal, inte text',
  },
  {
    name: 'kommunkod without quotes loses its zero',
    apply: (c) => c.replace(insats, 'kommun: "0181"', 'kommun: 0181'),
    file: insats,
    field: 'platser[0].kommun',
    message: 'inom citattecken',
  },
  {
    name: 'bad organisationsnummer check digit',
    apply: (c) => c.replace(leverantor, '556677-8899', '556677-8898'),
    file: leverantor,
    field: 'organisationsnummer',
    message: 'kontrollsiffran stämmer inte',
  },
  {
    name: 'supplier that does not exist',
    apply: (c) => c.replace(insats, 'leverantor: sodertalje-yrkeskok', 'leverantor: sydvind'),
    file: insats,
    field: 'anordnare.leverantor',
    message: 'ingen leverantör «sydvind»',
  },
  {
    name: 'supplier without a contract in the region',
    apply: (c) => {
      c.replace(anordnare, /fa_regioner: \["23"\]/g, 'fa_regioner: ["15"]');
      c.replace(anordnare, 'leveransomrade: ["0180", "0181", "0192"]', 'leveransomrade: ["1480"]');
    },
    file: insats,
    field: 'anordnare.leverantor',
    message: 'inget avtal i FA-region 23',
  },
  {
    name: 'a kommun publishing a national intervention',
    apply: (c) => c.replace(insats, /omfattning: kommuner\nkommuner: .*\n/, 'omfattning: nationell\n'),
    file: insats,
    field: 'omfattning',
    message: 'bara Arbetsförmedlingen',
  },
  {
    name: 'a kommun publishing outside its FA-region',
    apply: (c) => c.replace(insats, '"0192"', '"1480"'),
    file: insats,
    field: 'kommuner',
    message: 'utanför ägarens FA-region 23',
  },
  {
    name: 'fa_region given with omfattning kommuner',
    apply: (c) => c.replace(insats, 'omfattning: kommuner', 'omfattning: kommuner\nfa_region: "23"'),
    file: insats,
    field: 'fa_region',
    message: 'används bara när omfattning är "fa-region"',
  },
  {
    name: 'fixed intake without dates',
    apply: (c) => c.replace(insats, /startdatum: .*\n/, ''),
    file: insats,
    field: 'startdatum',
    message: 'krävs när antagning är "datum"',
  },
  {
    name: 'impossible date',
    apply: (c) => c.replace(insats, '"2026-08-17"', '"2026-02-30"'),
    file: insats,
    field: 'startdatum[0]',
    message: '«2026-02-30» är inget giltigt datum',
  },
  {
    name: 'avropsstopp without a reason',
    apply: (c) => c.replace(leverantor, LAST_EVENT, `      - typ: avropsstopp\n        fran: "2026-10-01"\n${LAST_EVENT}`),
    file: leverantor,
    field: 'tjanster[0].handelser[1].orsak',
    message: 'fältet saknas men är obligatoriskt',
  },
  {
    name: 'avropsstopp ending before it starts',
    apply: (c) =>
      c.replace(
        leverantor,
        LAST_EVENT,
        `      - typ: avropsstopp\n        fran: "2026-10-01"\n        till: "2026-09-01"\n        orsak: "Granskning"\n${LAST_EVENT}`,
      ),
    file: leverantor,
    field: 'tjanster[0].handelser[1].till',
    message: 'ligger före dess första dag',
  },
  {
    name: 'two avropsstopp overlapping',
    apply: (c) =>
      c.replace(
        leverantor,
        LAST_EVENT,
        `      - typ: avropsstopp\n        fran: "2026-01-01"\n        till: "2026-06-30"\n        orsak: "Granskning"\n      - typ: avropsstopp\n        fran: "2026-06-01"\n        orsak: "Granskning igen"\n${LAST_EVENT}`,
      ),
    file: leverantor,
    field: 'tjanster[0].handelser[2].fran',
    message: 'två avropsstopp får inte överlappa',
  },
  {
    name: 'contract without its last day',
    apply: (c) =>
      c.replace(leverantor, LAST_EVENT, '      - typ: rattelse_begard\n        datum: "2026-03-01"\n        orsak: "Rapporteringen"'),
    file: leverantor,
    field: 'tjanster[0].handelser[1].typ',
    message: 'den sista händelsen ska vara avtal_loper_ut',
  },
  {
    name: 'event after a termination',
    apply: (c) =>
      c.replace(
        leverantor,
        LAST_EVENT,
        `      - typ: havt\n        datum: "2026-03-01"\n        orsak: "Fusk"\n      - typ: avropsstopp\n        fran: "2026-04-01"\n        orsak: "Granskning"\n${LAST_EVENT}`,
      ),
    file: leverantor,
    field: 'tjanster[0].handelser[2].typ',
    message: 'ett hävt avtal har inga fler händelser',
  },
  {
    name: 'unknown kind of event',
    apply: (c) => c.replace(leverantor, 'typ: avtal_borjar', 'typ: avtal_startar'),
    file: leverantor,
    field: 'tjanster[0].handelser[0].typ',
    message: 'okänd sorts händelse',
  },
  {
    name: 'delivery area outside the contract regions',
    apply: (c) => c.replace(leverantor, '"0192"]', '"1480"]'),
    file: leverantor,
    field: 'tjanster[0].leveransomrade[2]',
    message: 'ligger inte i någon av tjänstens FA-regioner',
  },
  {
    name: 'contract ending before it starts',
    apply: (c) => c.replace(leverantor, LAST_EVENT, LAST_EVENT.replace('2027-12-31', '2024-12-31')),
    file: leverantor,
    field: 'tjanster[0].handelser[1].datum',
    message: 'ligger före händelsen innan (avtal_borjar, 2025-01-01)',
  },
  {
    name: 'satisfaction share above 1',
    apply: (c) => c.replace(leverantor, 'andel: 0.82', 'andel: 82'),
    file: leverantor,
    field: 'resultat[0].nojdhet.andel',
    message: 'högst 1',
  },
  {
    name: 'result for a service the supplier lacks',
    apply: (c) => c.replace(leverantor, /tjanst: rusta-och-matcha\n {4}deltagare/, 'tjanst: validering\n    deltagare'),
    file: leverantor,
    field: 'resultat[0].tjanst',
    message: 'ingen tjänst «validering»',
  },
  {
    name: 'region text for another region',
    apply: (c) => c.replace(region, 'fa_region: "23"', 'fa_region: "15"'),
    file: region,
    field: 'fa_region',
    message: 'mappen «fa-23»',
  },
  {
    name: 'bad e-mail address',
    apply: (c) => c.replace(insats, 'maria.exempelsson@exempel.se', 'maria.exempelsson'),
    file: insats,
    field: 'kontakt.epost',
    message: 'e-postadress',
  },
  {
    name: 'broken YAML',
    apply: (c) => c.replace(insats, 'takt: heltid', 'takt: heltid\n  : ['),
    file: insats,
    message: 'rad 15: felaktig YAML',
  },
  {
    name: 'same field twice',
    apply: (c) => c.replace(insats, 'takt: heltid', 'takt: heltid\ntakt: deltid'),
    file: insats,
    message: 'rad 15: felaktig YAML (samma fält står två gånger)',
  },
  { name: 'no front matter', apply: (c) => c.replace(insats, /^---\n/, ''), file: insats, message: 'ska börja med en rad "---"' },
  {
    name: 'file name that cannot be an address',
    apply: (c) => c.write('kommun-0181/insatser/Yrkesvux Kock.md', c.read(insats)),
    file: 'kommun-0181/insatser/Yrkesvux Kock.md',
    message: 'filnamnet blir sidans adress',
  },
  {
    name: 'explanation in a language the pages lack',
    apply: (c) => c.write('arbetsformedlingen/valet/fi.md', valet),
    file: 'arbetsformedlingen/valet/fi.md',
    message: 'filnamnet är textens språk',
  },
  {
    name: 'explanation missing a service',
    apply: (c) => c.write('arbetsformedlingen/valet/sv.md', valet.replace(/ {2}- tjanst: validering\n( {4}.*\n)+/, '')),
    file: 'arbetsformedlingen/valet/sv.md',
    field: 'tjanster',
    message: 'beskriv också «validering»',
  },
  { name: 'folder of an unknown kommun', apply: (c) => c.write('kommun-9999.md', 'x'), file: 'kommun-9999.md', message: 'okänd mapp' },
];

function problemsAfter(edit: Edit) {
  const catalogue = copyFixture();
  edit.apply(catalogue);
  return loadCatalogue(catalogue.dir).problems;
}

describe('the catalogue loader', () => {
  it('accepts the fixture and the real content', () => {
    expect(loadCatalogue(fixtureDir).problems).toEqual([]);
    const real = loadCatalogue(contentDir);
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(real.catalogue.insatser.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...requiredBadEdits, ...moreBadEdits])('names file and field for: $name', (edit) => {
    const problems = problemsAfter(edit);
    const problem = problems.find((p) => p.file === `katalog/${edit.file}` && p.message.includes(edit.message));
    expect(problem, `got: ${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(problem!.field).toBe(edit.field);
  });

  it('reports every problem of an edit at once', () => {
    const catalogue = copyFixture();
    for (const edit of requiredBadEdits.slice(0, 3)) edit.apply(catalogue);
    expect(loadCatalogue(catalogue.dir).problems).toHaveLength(3);
  });

  it('finds entries not reviewed for twelve months', () => {
    const today = new Date('2026-11-22T12:00:00Z');
    expect(isStale('2025-11-21', today)).toBe(true);
    expect(isStale('2025-11-22', today)).toBe(false);
    const { catalogue } = loadCatalogue(fixtureDir);
    expect(staleEntries(catalogue, today)).toEqual([]);
    expect(staleEntries(catalogue, new Date('2027-10-02')).map((e) => e.slug)).toEqual([
      'yrkesvux-restaurang-sodertalje',
      'nordvind-kompetens',
      '23',
    ]);
  });
});
