/**
 * Free text goes into the uniform LOI that suppliers receive and into the portal's e-mails. A line
 * break, a bidi control or an invisible character in a one-line field would let a sender forge lines
 * there, so the contracts refuse them; the multi-line fields (textareas) keep their line breaks.
 */
import { describe, expect, it } from 'vitest';
import { formToObject } from '../../../core/contracts/form.ts';
import { loiSchema } from '../../../core/contracts/loi.ts';
import { gapForm, loiForm, needsForm } from '../../../core/contracts/form-options.ts';
import { fieldErrors } from '../../../core/contracts/problem.ts';
import { gapSchema, needsSchema } from '../../../core/contracts/signals.ts';
import { validGap, validLoi, validNeeds } from '../../../scripts/examples.ts';
import { withValueAt } from './submission-edit.ts';

const contracts = {
  loi: { schema: loiSchema, valid: validLoi(), form: loiForm },
  needs: { schema: needsSchema, valid: validNeeds(), form: needsForm },
  gap: { schema: gapSchema, valid: validGap(), form: gapForm },
};
type Contract = keyof typeof contracts;

/** Fields shown as one-line inputs, and the items of the lists written one per line. */
const oneLine: [Contract, string][] = [
  ['loi', 'organisation.namn'],
  ['loi', 'kontakt.namn'],
  ['loi', 'kontakt.roll'],
  ['loi', 'behov.yrken.0.namn'],
  ['loi', 'kompetens.kunskaper.0'],
  ['loi', 'kompetens.korkortOchCertifikat.0'],
  ['loi', 'undertecknare.namn'],
  ['loi', 'undertecknare.titel'],
  ['needs', 'organisation.namn'],
  ['needs', 'behov.yrken.0.namn'],
  ['gap', 'profil.yrken.0.namn'],
  ['gap', 'profil.kunskaper.0'],
  ['gap', 'insatser.1.kommentar'],
];

/** Fields shown as textareas for running text. */
const multiLine: [Contract, string][] = [
  ['loi', 'ovrigt'],
  ['needs', 'beskrivning'],
  ['gap', 'forslag'],
];

const lineBreaks = {
  'a line feed': '\n',
  'a carriage return': '\r',
  CRLF: '\r\n',
  'a next line (NEL)': '\u0085',
  'a line separator': '\u2028',
  'a paragraph separator': '\u2029',
};
const invisible = {
  'a NUL': '\u0000',
  'a tab': '\t',
  'an escape': '\u001B',
  DEL: '\u007F',
  'a C1 control': '\u009B',
  'a left-to-right embedding': '\u202A',
  'a right-to-left override': '\u202E',
  'a left-to-right isolate': '\u2066',
  'a pop directional isolate': '\u2069',
  'a left-to-right mark': '\u200E',
  'a right-to-left mark': '\u200F',
  'an Arabic letter mark': '\u061C',
  'a zero-width space': '\u200B',
  'a zero-width non-joiner': '\u200C',
  'a zero-width joiner': '\u200D',
  'a word joiner': '\u2060',
  'a byte order mark': '\uFEFF',
};

function parse(contract: Contract, field: string, value: unknown) {
  const { schema, valid } = contracts[contract];
  return schema.safeParse(withValueAt(valid, field.split('.'), value));
}

function valueAt(data: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], data);
}

function expectRefused(contract: Contract, field: string, value: string, message: RegExp) {
  const result = parse(contract, field, value);
  expect(result.success, JSON.stringify(value)).toBe(false);
  const error = fieldErrors(result.error!).find((e) => e.path === field);
  expect(error?.message).toMatch(message);
}

describe('a one-line field', () => {
  describe.each(oneLine)('%s %s', (contract, field) => {
    it.each(Object.entries({ ...lineBreaks, ...invisible }))('refuses %s inside the text, saying so', (_, character) =>
      expectRefused(contract, field, `Varm${character}kök`, /får inte innehålla radbrytningar eller osynliga tecken/),
    );

    it('names the field in the message', () => {
      const result = parse(contract, field, 'Varm\u2028kök');
      const message = fieldErrors(result.error!).find((e) => e.path === field)?.message ?? '';
      expect(message.split(' får inte')[0]).not.toBe('Texten');
      expect(message).toMatch(/^[A-ZÅÄÖ]/);
    });
  });

  it('refuses a forged line of the LOI in the organisation name', () =>
    expectRefused('loi', 'organisation.namn', 'Bageriet AB\r\nSvara till: betala@bedrageri.example', /radbrytningar/));

  it('keeps letters, accents, emoji and ordinary spaces', () => {
    const result = parse('loi', 'organisation.namn', 'Café Åkesson & Söner – «Bröd» 🍞');
    expect(result.success).toBe(true);
  });
});

describe('a multi-line field', () => {
  describe.each(multiLine)('%s %s', (contract, field) => {
    it('keeps a line feed', () => {
      const result = parse(contract, field, 'Första raden\nAndra raden');
      expect(result.success).toBe(true);
      expect(valueAt(result.data, field)).toBe('Första raden\nAndra raden');
    });

    it('reads CRLF and a lone CR as a line feed', () => {
      const result = parse(contract, field, 'Ett\r\nTvå\rTre');
      expect(result.success).toBe(true);
      expect(valueAt(result.data, field)).toBe('Ett\nTvå\nTre');
    });

    it.each(
      Object.entries({ ...invisible, 'a next line (NEL)': '\u0085', 'a line separator': '\u2028', 'a paragraph separator': '\u2029' }),
    )('refuses %s inside the text, naming the field', (_, character) =>
      expectRefused(contract, field, `Varm${character}kök`, /^[A-ZÅÄÖ]\S* .*får inte innehålla .*osynliga tecken/),
    );
  });

  it('keeps the lines of a textarea posted without JavaScript (CRLF)', () => {
    const { form, valid } = contracts.loi;
    const params = new URLSearchParams(formFieldsOf(valid));
    params.set('ovrigt', 'Ring före tio.\r\nFråga efter Eva.');
    params.set('kompetens.kunskaper', 'Varmkök\r\nHygienrutiner\r\n');
    const result = loiSchema.safeParse(formToObject(params, form));
    expect(result.success).toBe(true);
    expect(result.data?.ovrigt).toBe('Ring före tio.\nFråga efter Eva.');
    expect(result.data?.kompetens.kunskaper).toEqual(['Varmkök', 'Hygienrutiner']);
  });
});

describe('all free text', () => {
  it.each([...oneLine, ...multiLine])('is NFC-normalised in %s %s', (contract, field) => {
    const result = parse(contract, field, 'Cafe\u0301 Ko\u0308k');
    expect(result.success).toBe(true);
    expect(valueAt(result.data, field)).toBe('Caf\u00E9 K\u00F6k');
  });
});

/** A submission as the fields of the form that posts it: dotted names, lists one item a line, ticks as "ja". */
function formFieldsOf(submission: object, prefix = ''): [string, string][] {
  return Object.entries(submission).flatMap(([key, value]): [string, string][] => {
    const name = `${prefix}${key}`;
    if (value === true) return [[name, 'ja']];
    if (value === false) return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [[name, value.join('\r\n')]];
    if (typeof value === 'object' && value !== null) return formFieldsOf(value, `${name}.`);
    return [[name, String(value)]];
  });
}
