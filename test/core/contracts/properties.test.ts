/**
 * Properties of the submission contracts over generated input: whatever JSON arrives, parsing
 * answers with the submission or with field errors that each carry a message, and never throws;
 * a personnummer written into any free-text field is refused, whatever text surrounds it.
 */
import fc from 'fast-check';
import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { loiSchema } from '../../../core/contracts/loi.ts';
import { fieldErrors } from '../../../core/contracts/problem.ts';
import { gapSchema, needsSchema } from '../../../core/contracts/signals.ts';
import { validGap, validLoi, validNeeds } from '../../../scripts/examples.ts';
import { fuzzRuns } from '../../support/fuzz.ts';
import { expectMessages } from '../../support/malformed.ts';
import { luhnDigit } from './luhn.ts';
import { withValueAt } from './submission-edit.ts';

// Runs per property: few enough for the unit tests to stay fast; FUZZ_RUNS raises them.
const numRuns = fuzzRuns(100);

const contracts = [
  {
    name: 'LOI',
    schema: loiSchema,
    valid: validLoi(),
    freeText: [
      'organisation.namn',
      'kontakt.namn',
      'kontakt.roll',
      'behov.yrken.0.namn',
      'kompetens.kunskaper.0',
      'kompetens.korkortOchCertifikat.0',
      'ovrigt',
      'undertecknare.namn',
      'undertecknare.titel',
    ],
  },
  { name: 'needs signal', schema: needsSchema, valid: validNeeds(), freeText: ['organisation.namn', 'behov.yrken.0.namn', 'beskrivning'] },
  {
    name: 'gap report',
    schema: gapSchema,
    valid: validGap(),
    freeText: ['profil.yrken.0.namn', 'profil.kunskaper.0', 'insatser.1.kommentar', 'forslag'],
  },
];

type Tree = Record<string, unknown>;

/** Every place in a submission, each group, list and value, by its path ([] for the whole). */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  return [at, ...keys.flatMap((key) => pathsOf((value as Tree)[key], [...at, key]))];
}

/** Refused input is answered with field errors, one for each issue's field, each with a message. */
function expectAnswered(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return;
  const errors = fieldErrors(result.error);
  expect(errors.length).toBeGreaterThan(0);
  expectMessages(errors);
  const named = new Set(errors.map((e) => e.path));
  const issuePaths = result.error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...at, key].join('.')) : [at.join('.')];
  });
  expect(issuePaths.filter((path) => !named.has(path))).toEqual([]);
}

/** A valid personnummer or samordningsnummer (day plus 60), written in one of the ways people write them. */
const personnummer = fc
  .record({
    born: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }),
    serial: fc.integer({ min: 0, max: 999 }),
    samordning: fc.boolean(),
    // Before the last four: none, a hyphen, en or em dash, minus sign, "+", spaces, or a dash between spaces.
    separator: fc.constantFrom('-', '', '+', ' ', '–', '—', '\u2212', '\u00A0', ' - ', ' – ', '  '),
    // Between the date's pairs: 850312, 85 03 12, 85.03.12.
    datePairs: fc.constantFrom('', ' ', '.'),
    century: fc.boolean(),
  })
  .map(({ born, serial, samordning, separator, datePairs, century }) => {
    const [year, month, day] = born.toISOString().slice(0, 10).split('-') as [string, string, string];
    const [yy, dd] = [year.slice(2), String(samordning ? Number(day) + 60 : day)];
    const nine = `${yy}${month}${dd}${String(serial).padStart(3, '0')}`;
    const last = `${nine.slice(6)}${luhnDigit(nine)}`;
    // "+" marks someone a hundred or older; with the century written out it is not used.
    const prefix = century && separator.trim() !== '+' ? year.slice(0, 2) : '';
    return {
      written: `${prefix}${[yy, month, dd].join(datePairs)}${separator}${last}`,
      canonical: `${prefix}${yy}${month}${dd}${separator.trim() === '+' ? '+' : '-'}${last}`,
    };
  })
  // A date that does not exist in the century the short form implies (29 February) is no personnummer.
  .filter(({ canonical }) => Personnummer.valid(canonical))
  .map(({ written }) => written);

/** Any text, of every kind of character, short enough for every free-text field. */
const text = fc.oneof(
  fc.string({ maxLength: 15 }),
  fc.string({ maxLength: 15, unit: 'grapheme' }),
  fc.string({ maxLength: 15, unit: 'binary' }),
);

describe.each(contracts)('the $name contract over generated input', ({ schema, valid, freeText }) => {
  it('answers any JSON value with the submission or field errors, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAnswered(schema, withValueAt({}, [], value))),
      { numRuns },
    );
  });

  it('answers a valid submission with any JSON value anywhere in it the same way', () => {
    const changed = fc.tuple(fc.constantFrom(...pathsOf(valid)), fc.jsonValue()).map(([path, value]) => withValueAt(valid, path, value));
    fc.assert(
      fc.property(changed, (input) => expectAnswered(schema, input)),
      { numRuns },
    );
  });

  it('refuses a personnummer anywhere in the text of any free-text field', () => {
    // A personnummer is a number of its own, not part of a longer one.
    const before = text.filter((s) => !/[0-9]$/.test(s));
    const after = text.filter((s) => !/^[0-9]/.test(s));
    fc.assert(
      fc.property(fc.constantFrom(...freeText), before, personnummer, after, (field, start, number, end) => {
        const path = field.split('.');
        const result = schema.safeParse(withValueAt(valid, path, `${start}${number}${end}`));
        expect(result.success).toBe(false);
        const error = fieldErrors(result.error!).find((e) => e.path === field);
        expect(error?.message).toMatch(/\S/);
        // With letters in the number's place the text may be accepted: then the number is what the error is about.
        if (schema.safeParse(withValueAt(valid, path, `${start}${'x'.repeat(number.length)}${end}`)).success)
          expect(error?.message).toMatch(/personnummer/);
      }),
      { numRuns },
    );
  });
});
