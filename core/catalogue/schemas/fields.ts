/**
 * Field schemas shared by the catalogue's content types. References to reference data
 * (kommunkod, FA code, SSYK) are checked here, so an unknown code is reported on its own field.
 * Messages are Swedish: editors read them when their edit fails the build.
 */
import { z } from 'astro/zod';
import { getFaRegion, getKommun } from '../../reference/index.ts';
import { getSsykGroup } from '../../reference/ssyk.ts';
import { languages } from '../vocabulary.ts';

/** A calendar date written as YYYY-MM-DD, kept as that string. */
export const isoDate = z
  .string()
  .refine(isCalendarDate, (value) => ({ message: `«${value}» är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01` }));

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export const kommunkod = z.string().refine(
  (code) => Boolean(getKommun(code)),
  (code) => ({ message: `okänd kommunkod «${code}»; använd SCB:s fyrsiffriga kod, t.ex. "0180" för Stockholm` }),
);

export const faCode = z.string().refine(
  (code) => Boolean(getFaRegion(code)),
  (code) => ({ message: `okänd FA-region «${code}»; koderna går från "01" (Malmö-Lund) till "60" (Kiruna)` }),
);

export const ssykCode = z.string().refine(
  (code) => Boolean(getSsykGroup(code)),
  (code) => ({
    message: `okänd SSYK-kod «${code}»; använd en fyrsiffrig yrkesgrupp ur SSYK 2012, t.ex. "5120" för kockar och kallskänkor`,
  }),
);

export const language = z.enum(languages);

export const text = (max: number) => z.string().trim().min(1).max(max);

export const email = z.string().trim().max(254).email();

/** Swedish phone number as people write it: digits, spaces, hyphens, an optional leading +. */
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, 'ska vara ett telefonnummer, t.ex. "08-123 456 78"');

export const url = z.string().trim().url().max(500);

/** A named person to contact about an entry. */
export const contact = z
  .object({
    /** Full name, e.g. "Maria Exempelsson". */
    namn: text(100).describe('Kontaktpersonens namn, t.ex. "Maria Exempelsson"'),
    /** Role or unit, e.g. "Studie- och yrkesvägledare". */
    roll: text(100).optional().describe('Roll eller enhet, t.ex. "Studie- och yrkesvägledare"'),
    /** Work e-mail address. */
    epost: email.describe('E-postadress i tjänsten, t.ex. "maria.exempelsson@exempel.se"'),
    /** Work phone number. */
    telefon: phone.optional().describe('Telefonnummer, t.ex. "08-123 456 78"'),
  })
  .strict();

/** Swedish organisationsnummer, NNNNNN-NNNN, with a valid Luhn check digit. */
export const organisationsnummer = z
  .string()
  .regex(/^\d{6}-\d{4}$/, 'ska skrivas NNNNNN-NNNN, t.ex. "556677-8899"')
  .refine((value) => luhnValid(value.replace('-', '')), 'kontrollsiffran stämmer inte; kontrollera organisationsnumret');

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Marks fictional entries; their pages say "Exempeldata". */
export const example = z.boolean().default(false).describe('true för påhittade exempel; sidan visar då "Exempeldata"');
