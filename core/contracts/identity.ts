/**
 * Swedish identity numbers. Organisationsnummer are checked with their check digit; personnummer
 * (and samordningsnummer) are looked for in free text so that we can refuse them: the portal never
 * wants anyone's personal identity number.
 */
import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';

/** A legal person's organisationsnummer (not a sole trader's personnummer), any common format. */
export function isOrganisationsnummer(value: string): boolean {
  if (!/^\d{6}-?\d{4}$/.test(value.trim())) return false;
  return Organisationsnummer.valid(value) && !Organisationsnummer.parse(value).isPersonnummer();
}

/** "556677-8899" from "5566778899" or "556677-8899". */
export const formatOrganisationsnummer = (value: string) => Organisationsnummer.parse(value).format(true);

// DESIGN: "a personnummer in any free-text field is refused", however it is written. Ten or twelve
// digits not glued to other digits: 850312-1231, 19850312-1231, 8503121231, 850312+1231 (a hundred
// or older), with a dash of any kind or spaces before the last four (850312 – 1231, 850312 1231),
// and the date in pairs split by spaces or dots (85 03 12-1231, 85.03.12-1231). Not a hyphen within
// the date: 2026-03-12 is a date. The package then checks the date and the check digit, so a
// samordningsnummer (day plus 60) counts and an organisationsnummer (month 20 or more) does not.
const space = '[ \\u00A0\\u202F]';
const dash = '[\\-\\u2010-\\u2015\\u2212]';
const candidatePattern = new RegExp(
  `(?<!\\d)(\\d{2})?(\\d{2})([ .]?)(\\d{2})\\3(\\d{2})(?:${space}*(${dash}|\\+)${space}*|${space}+)?(\\d{4})(?!\\d)`,
  'g',
);

/** The candidate as the personnummer package reads it, e.g. "19850312-1231" or "121224+4567". */
const canonical = ([, century = '', year, , month, day, mark, last]: RegExpMatchArray) =>
  `${century}${year}${month}${day}${mark === '+' ? '+' : '-'}${last}`;

const candidatesIn = (text: string) => [...text.matchAll(candidatePattern)];

/** Whether the whole value is a valid personnummer or samordningsnummer. */
export function looksLikePersonnummer(value: string): boolean {
  const trimmed = value.trim();
  return candidatesIn(trimmed).some((found) => found[0] === trimmed && Personnummer.valid(canonical(found)));
}

/** Whether free text contains something that is a valid personnummer or samordningsnummer. */
export function containsPersonnummer(text: string): boolean {
  return candidatesIn(text).some((found) => Personnummer.valid(canonical(found)));
}
