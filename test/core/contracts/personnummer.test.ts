/**
 * Which free text holds a personnummer or samordningsnummer, as people write them, and which holds
 * only numbers that look a little like one: dates, phone numbers, organisationsnummer and the like.
 */
import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import { containsPersonnummer } from '../../../core/contracts/identity.ts';
import { loiSchema } from '../../../core/contracts/loi.ts';
import { fieldErrors } from '../../../core/contracts/problem.ts';
import { validLoi } from '../../../scripts/examples.ts';
import { luhnDigit } from './luhn.ts';
import { withValueAt } from './submission-edit.ts';

/** ÅÅMMDD and the four last digits, with the right check digit, and the same with a wrong one. */
function number(date: string, serial: string) {
  const check = luhnDigit(`${date}${serial}`);
  return { date, last: `${serial}${check}`, wrongLast: `${serial}${(check + 1) % 10}` };
}

const p = number('850312', '123'); // born 12 March 1985
const s = number('850372', '123'); // samordningsnummer: day 12 plus 60
const old = number('121224', '456'); // born 24 December 1912, written with "+" from the year they turn 100
const [yy, mm, dd] = [p.date.slice(0, 2), p.date.slice(2, 4), p.date.slice(4)];

const refused: [text: string, why: string][] = [
  [`${p.date}-${p.last}`, 'ÅÅMMDD-NNNN'],
  [`${p.date}${p.last}`, 'ten digits'],
  [`19${p.date}-${p.last}`, 'with the century'],
  [`19${p.date}${p.last}`, 'twelve digits'],
  [`${old.date}+${old.last}`, 'plus for someone a hundred or older'],
  [`${p.date}–${p.last}`, 'en dash'],
  [`${p.date}—${p.last}`, 'em dash'],
  [`${p.date}\u2212${p.last}`, 'minus sign'],
  [`${p.date}\u2011${p.last}`, 'non-breaking hyphen'],
  [`${p.date} ${p.last}`, 'space'],
  [`${p.date}\u00A0${p.last}`, 'no-break space'],
  [`${p.date} - ${p.last}`, 'hyphen between spaces'],
  [`${p.date} – ${p.last}`, 'en dash between spaces'],
  [`${yy} ${mm} ${dd}-${p.last}`, 'date in spaced pairs'],
  [`${yy} ${mm} ${dd} ${p.last}`, 'all in spaced groups'],
  [`${yy}.${mm}.${dd}-${p.last}`, 'date with dots'],
  [`19${yy}.${mm}.${dd}-${p.last}`, 'date with dots and the century'],
  [`19${yy} ${mm} ${dd}–${p.last}`, 'spaced date with the century and en dash'],
  [`${s.date}-${s.last}`, 'samordningsnummer'],
  [`19${s.date}–${s.last}`, 'samordningsnummer with the century and en dash'],
  [`${s.date.slice(0, 2)} ${s.date.slice(2, 4)} ${s.date.slice(4)}-${s.last}`, 'samordningsnummer in spaced pairs'],
  [`Ring Eva (${p.date}–${p.last}) i morgon`, 'inside a sentence, in brackets'],
  [`pnr:${p.date}-${p.last}.`, 'after a colon, before a full stop'],
  [`Första raden\n${p.date}-${p.last}`, 'on a line of its own'],
];

const accepted: [text: string, why: string][] = [
  [`${p.date}-${p.wrongLast}`, 'wrong check digit'],
  [`${p.date}–${p.wrongLast}`, 'wrong check digit, en dash'],
  [`${yy} ${mm} ${dd}-${p.wrongLast}`, 'wrong check digit, spaced pairs'],
  [`${yy}.${mm}.${dd}-${p.wrongLast}`, 'wrong check digit, dots'],
  ['556677-8899', 'organisationsnummer (month 66)'],
  ['Org.nr 556677–8899', 'organisationsnummer with en dash'],
  ['2026-03-12', 'ISO date'],
  ['2026-03-12 – 2026-04-30', 'date range'],
  ['Start 2026-03-12, 10 platser', 'date followed by a count'],
  ['12.03.2026', 'date with dots'],
  ['kl. 08.00–16.30', 'office hours'],
  ['08-555 123 45', 'Stockholm phone number'],
  ['070-123 45 67', 'mobile number'],
  ['+46 70 123 45 67', 'mobile number, international'],
  ['031-12 34 56', 'Göteborg phone number'],
  ['118 46 Stockholm', 'postcode'],
  ['SE-118 46', 'postcode with country'],
  ['1 250 000 kr', 'amount with spaces'],
  ['12 500,50 kr', 'amount with öre'],
  ['Order 4711-2026', 'order number'],
  ['Ordernummer 20260312123456', 'order number of fourteen digits'],
  ['Bankgiro 5050-1055', 'bankgiro'],
  ['LOI-2026-000123', 'LOI reference'],
  ['SSYK 5120, 5131', 'occupation codes'],
  [`1${p.date}-${p.last}`, 'glued to a digit before'],
  [`${p.date}-${p.last}5`, 'glued to a digit after'],
];

describe('finding a personnummer in free text', () => {
  it('uses numbers the personnummer package holds valid, and a check digit it does not', () => {
    for (const n of [p, s, old]) expect(Personnummer.valid(`${n.date}-${n.last}`)).toBe(true);
    expect(Personnummer.valid(`${p.date}-${p.wrongLast}`)).toBe(false);
  });

  it('has at least forty cases', () => expect(refused.length + accepted.length).toBeGreaterThanOrEqual(40));

  it.each(refused)('finds %j (%s)', (text) => expect(containsPersonnummer(text)).toBe(true));

  it.each(accepted)('finds none in %j (%s)', (text) => expect(containsPersonnummer(text)).toBe(false));

  it.each(refused)('refuses %j in a free-text field (%s)', (text) => {
    const result = loiSchema.safeParse(withValueAt(validLoi(), ['ovrigt'], text));
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).find((e) => e.path === 'ovrigt')?.message).toMatch(/personnummer/);
  });

  it.each(accepted)('accepts %j in a free-text field (%s)', (text) =>
    expect(loiSchema.safeParse(withValueAt(validLoi(), ['ovrigt'], text)).success).toBe(true),
  );
});
