/**
 * Field schemas shared by the API contracts (zod 4). Every message is Swedish and names the
 * field the way the form labels it, so the same text serves the error summary, the field error
 * and an API client. A refinement also names its reason (`params.reason`), so that a form in
 * another language can say what is wrong in its own words.
 */
import * as z from 'zod';
import { getFaRegion, getKommun } from '../reference/index.ts';
import { containsPersonnummer, formatOrganisationsnummer, isOrganisationsnummer, looksLikePersonnummer } from './identity.ts';

// Messages for what the field schemas below do not word themselves, e.g. a request that is not
// an object or a list sent as text. (Not zod's locale module: it would bring every language along.)
const typeNames: Record<string, string> = {
  object: 'en grupp av fält',
  array: 'en lista',
  string: 'text',
  number: 'ett tal',
  boolean: 'ja eller nej (true/false)',
};
z.config({
  localeError: (issue) => {
    if (issue.code !== 'invalid_type') return 'Ogiltigt värde';
    if (issue.input === undefined) return 'Uppgiften saknas';
    return `Ska vara ${typeNames[issue.expected] ?? issue.expected}`;
  },
});

const capitalise = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

// Markup is never wanted in a submission; refusing it keeps every e-mail and page that shows
// the text safe even where escaping is forgotten.
const markup = /<\s*[a-zA-Z!/?]|javascript:/i;
// A sender must not be able to forge lines of the uniform LOI that suppliers receive, or slip
// phishing text into the portal's mails: so no line breaks in one-line fields, and nowhere control
// characters, bidi controls (which reorder what is shown) or zero-width characters (which hide it).
const hiddenOrLineBreaking = /[\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF]/u;

const isMissing = (input: unknown) => input === undefined || input === null || input === '';

/**
 * Free text written by a person: NFC-normalised, trimmed, bounded, no markup, no personnummer.
 * One line unless `multiline` (the forms' textareas for running text).
 */
export function freeText(label: string, max: number, { multiline = false } = {}) {
  return (
    z
      .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara text`) })
      // A textarea posts CRLF, and some systems a lone CR: both are a line feed.
      .overwrite((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value))
      .normalize('NFC')
      .trim()
      .min(1, { error: `Fyll i ${label}` })
      .max(max, { error: `${capitalise(label)} får vara högst ${max} tecken` })
      .refine((value) => !hiddenOrLineBreaking.test(multiline ? value.replaceAll('\n', '') : value), {
        params: { reason: 'hidden' },
        error: multiline
          ? `${capitalise(label)} får inte innehålla styrtecken eller osynliga tecken, bara vanliga radbrytningar`
          : `${capitalise(label)} får inte innehålla radbrytningar eller osynliga tecken`,
      })
      .refine((value) => !markup.test(value), {
        params: { reason: 'markup' },
        error: `${capitalise(label)} får inte innehålla HTML eller skript`,
      })
      // DESIGN: "a personnummer in any free-text field is refused".
      .refine((value) => !containsPersonnummer(value), {
        params: { reason: 'personnummer' },
        error: `${capitalise(label)} innehåller något som ser ut som ett personnummer. Ta bort det: vi tar inte emot personnummer.`,
      })
  );
}

/** A list of short free texts, e.g. skills, one per line in the form. */
export function textList(label: string, { maxItems, maxLength }: { maxItems: number; maxLength: number }) {
  return z
    .array(freeText(label, maxLength), {
      error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara en lista`),
    })
    .max(maxItems, { error: `Skriv högst ${maxItems} ${label}` });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: (issue) => (isMissing(issue.input) ? `Välj ${label}` : `Välj ett av alternativen för ${label}`) });
}

export function yesNo(label: string) {
  return z.boolean({ error: `${capitalise(label)}: svara ja eller nej` });
}

/** A box that must be ticked, e.g. the non-binding declaration. */
export function mustTick(message: string) {
  return z.literal(true, { error: message });
}

export function wholeNumber(label: string, min: number, max: number) {
  const range = `${capitalise(label)} ska vara ett heltal från ${min} till ${max}`;
  return z
    .number({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : range) })
    .int({ error: range })
    .min(min, { error: range })
    .max(max, { error: range });
}

export const email = (label: string) =>
  z
    .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara text`) })
    .trim()
    .min(1, { error: `Fyll i ${label}` })
    .max(254, { error: `${capitalise(label)} får vara högst 254 tecken` })
    .pipe(z.email({ error: `Skriv ${label} som namn@exempel.se` }));

export const phone = (label: string) =>
  z
    .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara text`) })
    .trim()
    .min(1, { error: `Fyll i ${label}` })
    .regex(/^\+?[0-9][0-9 ()-]{5,20}[0-9]$/, { error: `Skriv ${label} med siffror, t.ex. 08-123 456 78` })
    .refine((value) => !looksLikePersonnummer(value), {
      params: { reason: 'personnummer' },
      error: `${capitalise(label)} ser ut som ett personnummer; skriv ett telefonnummer`,
    });

export const organisationsnummer = (label: string) =>
  z
    .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara text`) })
    .trim()
    .min(1, { error: `Fyll i ${label}` })
    .refine((value) => !looksLikePersonnummer(value), {
      params: { reason: 'personnummer' },
      error: 'Det här är ett personnummer. Har du enskild firma? Kryssa då i rutan för enskild firma och lämna organisationsnumret tomt.',
    })
    .refine(isOrganisationsnummer, {
      params: { reason: 'checksum' },
      error: `${capitalise(label)} stämmer inte: skriv tio siffror, t.ex. 556677-8899, och kontrollera siffrorna`,
    })
    .transform(formatOrganisationsnummer);

export const kommunkod = (label: string) =>
  z
    .string({ error: (issue) => (isMissing(issue.input) ? `Välj ${label}` : `${capitalise(label)} ska vara en kommunkod`) })
    .refine((code) => Boolean(getKommun(code)), {
      params: { reason: 'unknown' },
      error: `Välj ${label} i listan (en av SCB:s kommunkoder, t.ex. 0180)`,
    });

export const faRegion = (label: string) =>
  z
    .string({ error: (issue) => (isMissing(issue.input) ? `Välj ${label}` : `${capitalise(label)} ska vara en FA-kod`) })
    .refine((code) => Boolean(getFaRegion(code)), {
      params: { reason: 'unknown' },
      error: `Välj ${label} i listan (en av FA-regionernas koder, 01–60)`,
    });

/** A short code from a fixed pattern, e.g. a reference "LOI-2026-000123" or a catalogue slug. */
export function code(label: string, pattern: RegExp, example: string) {
  return z
    .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara text`) })
    .trim()
    .regex(pattern, { error: `Skriv ${label} som t.ex. ${example}` });
}

/** YYYY-MM-DD from today up to `yearsAhead` years ahead. */
export function futureDate(label: string, yearsAhead: number) {
  return z
    .string({ error: (issue) => (isMissing(issue.input) ? `Fyll i ${label}` : `${capitalise(label)} ska vara ett datum`) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2027-03-01` })
    .refine(isCalendarDate, { params: { reason: 'notADate' }, error: `${capitalise(label)} är inget giltigt datum` })
    .refine((value) => value >= today(), { params: { reason: 'past' }, error: `${capitalise(label)} måste vara i dag eller senare` })
    .refine((value) => value <= today(yearsAhead), {
      params: { reason: 'tooFar' },
      error: `${capitalise(label)} får ligga högst ${yearsAhead} år fram i tiden`,
    });
}

const today = (yearsAhead = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + yearsAhead);
  return date.toISOString().slice(0, 10);
};

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
