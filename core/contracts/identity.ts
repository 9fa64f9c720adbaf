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

export function looksLikePersonnummer(value: string): boolean {
  return /^\d{6}(\d{2})?[-+ ]?\d{4}$/.test(value.trim()) && Personnummer.valid(value.trim().replace(' ', '-'));
}

// Ten or twelve digits with an optional separator, not glued to other digits: 850312-1234,
// 19850312-1234, 8503121234, 198503121234, 850312+1234, 850312 1234.
const candidatePattern = /(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)/g;

/** Whether free text contains something that is a valid personnummer or samordningsnummer. */
export function containsPersonnummer(text: string): boolean {
  return [...text.matchAll(candidatePattern)].some(([candidate]) => looksLikePersonnummer(candidate));
}
