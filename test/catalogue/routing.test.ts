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
    apply: (c) => c.replace(routing, '[behov, brist]', '[behov, klagomal]'),
    file: routing,
    field: 'mottagare[0].typer[1]',
    message: '«klagomal» är inget tillåtet värde',
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

describe('the routing tables', () => {
  it('are read with the catalogue', () => {
    const { catalogue, problems } = loadCatalogue(fixtureDir);
    expect(problems).toEqual([]);
    expect(catalogue.routning.map((r) => r.owner)).toEqual(['kommun-0181']);
  });

  it.each(badEdits)('name file and field for: $name', (edit) => {
    const catalogue = copyFixture();
    edit.apply(catalogue);
    const problems = loadCatalogue(catalogue.dir).problems;
    const problem = problems.find((p) => p.file === `katalog/${edit.file}` && p.message.includes(edit.message));
    expect(problem, `got: ${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(problem!.field).toBe(edit.field);
  });
});
