/**
 * The routing tables (content/{ägare}/routning.yaml) are checked like the rest of the catalogue:
 * a bad edit stops the build with a Swedish message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCatalogue } from '../../core/catalogue/load.ts';
import { copyFixture, fixtureDir, type Edit } from '../support/catalogue-fixture.ts';

const routing = 'kommun-0181/routning.yaml';

const badEdits: Edit[] = [
  {
    name: 'a kommun routing another kommun',
    apply: (c) => c.replace(routing, 'omrade: "0181"', 'omrade: "0180"'),
    file: routing,
    field: 'mottagare[0].omrade',
    message: 'ligger utanför kommun-0181',
  },
  {
    name: 'an unknown area',
    apply: (c) => c.replace(routing, 'omrade: "0181"', 'omrade: "9999"'),
    file: routing,
    field: 'mottagare[0].omrade',
    message: 'varken en FA-region',
  },
  {
    name: 'an unknown kind of submission',
    apply: (c) => c.replace(routing, '[behov, brist]', '[behov, klagomaal]'),
    file: routing,
    field: 'mottagare[0].typer[1]',
    message: '«klagomaal» är inget tillåtet värde',
  },
  {
    name: 'an unknown channel',
    apply: (c) => c.replace(routing, 'kanal: epost', 'kanal: fax'),
    file: routing,
    field: 'mottagare[0].kanal',
    message: '«fax» är inget tillåtet värde',
  },
  {
    name: 'a bad address',
    apply: (c) => c.replace(routing, 'arbetsmarknad@sodertalje.exempel.se', 'arbetsmarknad'),
    file: routing,
    field: 'mottagare[0].adress',
    message: 'e-postadress',
  },
  {
    name: 'an unknown role',
    apply: (c) => c.replace(routing, 'roll: kommun', 'roll: region'),
    file: routing,
    field: 'mottagare[0].roll',
    message: 'inget tillåtet värde',
  },
  {
    name: 'the owner of another folder',
    apply: (c) => c.replace(routing, 'agare: kommun-0181', 'agare: kommun-0180'),
    file: routing,
    field: 'agare',
    message: 'ska vara samma som mappen',
  },
  {
    name: 'a misspelt field',
    apply: (c) => c.replace(routing, 'kanal: epost', 'kanal: epost\n    adres: "x@exempel.se"'),
    file: routing,
    field: 'mottagare[0].adres',
    message: 'okänt fält',
  },
];

const regionRouting = 'fa-23/routning.yaml';
/** FA-region 23's routing file with only a rule for its LOIs. */
const regionRule = (rule: string) => `agare: fa-23\nleverantorsval:\n${rule}`;

const badRules: Edit[] = [
  {
    name: 'a rule in a kommun’s file',
    apply: (c) => c.write(routing, `${c.read(routing)}leverantorsval:\n  regel: rak_ordning\n  ordning: [nordvind-kompetens]\n`),
    file: routing,
    field: 'leverantorsval',
    message: 'bara en FA-regions fil',
  },
  {
    name: 'an unknown supplier',
    apply: (c) => c.write(regionRouting, regionRule('  regel: rak_ordning\n  ordning: [nordvind-kompetens, okand-leverantor]\n')),
    file: regionRouting,
    field: 'leverantorsval.ordning[1]',
    message: 'det finns ingen leverantör «okand-leverantor» i katalogen',
  },
  {
    name: 'a supplier without a jobbspår contract in the region',
    apply: (c) => c.write('fa-01/routning.yaml', 'agare: fa-01\nleverantorsval:\n  regel: rak_ordning\n  ordning: [nordvind-kompetens]\n'),
    file: 'fa-01/routning.yaml',
    field: 'leverantorsval.ordning[0]',
    message: 'leverantören «nordvind-kompetens» har inget avtal för jobbspår i FA-region 01',
  },
  {
    name: 'rak_ordning without its order',
    apply: (c) => c.write(regionRouting, regionRule('  regel: rak_ordning\n')),
    file: regionRouting,
    field: 'leverantorsval.ordning',
    message: 'krävs när regeln är "rak_ordning"',
  },
  {
    name: 'a supplier twice in the order',
    apply: (c) => c.write(regionRouting, regionRule('  regel: rak_ordning\n  ordning: [nordvind-kompetens, nordvind-kompetens]\n')),
    file: regionRouting,
    field: 'leverantorsval.ordning[1]',
    message: 'står redan tidigare i listan',
  },
  {
    name: 'an unknown rule',
    apply: (c) => c.write(regionRouting, regionRule('  regel: lottning\n  ordning: [nordvind-kompetens]\n')),
    file: regionRouting,
    field: 'leverantorsval.regel',
    message: '«lottning» är inget tillåtet värde',
  },
];

describe('the routing tables', () => {
  it('are read with the catalogue', () => {
    const { catalogue, problems } = loadCatalogue(fixtureDir);
    expect(problems).toEqual([]);
    expect(catalogue.routning.map((r) => r.owner)).toEqual(['kommun-0181']);
  });

  it('take an FA-region’s rule for its LOIs, with or without recipients, the order optional when the employer chooses', () => {
    const catalogue = copyFixture();
    catalogue.write(regionRouting, regionRule('  regel: arbetsgivaren_valjer\n'));
    const { catalogue: loaded, problems } = loadCatalogue(catalogue.dir);
    expect(problems).toEqual([]);
    expect(loaded.routning.find((r) => r.owner === 'fa-23')!.data.leverantorsval).toEqual({ regel: 'arbetsgivaren_valjer' });
  });

  it.each([...badEdits, ...badRules])('name file and field for: $name', (edit) => {
    const catalogue = copyFixture();
    edit.apply(catalogue);
    const problems = loadCatalogue(catalogue.dir).problems;
    const problem = problems.find((p) => p.file === `katalog/${edit.file}` && p.message.includes(edit.message));
    expect(problem, `got: ${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(problem!.field).toBe(edit.field);
  });
});
