/** Ways of breaking a Letter of Intent that its contract refuses, each with the field it must name. */
import { validLoi } from '../../../scripts/examples.ts';
import { editOf, submissionCases, type Case } from '../../support/malformed.ts';

const edit = editOf(validLoi);

export const loiCases: Case[] = [
  ...submissionCases(edit(() => undefined)),
  // wrong types
  { name: 'organisation name as a number', body: edit((l) => (l.organisation.namn = 42)), path: 'organisation.namn' },
  { name: 'positions as text', body: edit((l) => (l.behov.antal = 'tre')), path: 'behov.antal' },
  { name: 'positions as a fraction', body: edit((l) => (l.behov.antal = 2.5)), path: 'behov.antal' },
  { name: 'positions zero', body: edit((l) => (l.behov.antal = 0)), path: 'behov.antal' },
  { name: 'positions above 500', body: edit((l) => (l.behov.antal = 501)), path: 'behov.antal' },
  { name: 'occupations as a string', body: edit((l) => (l.behov.yrken = 'Kock')), path: 'behov.yrken' },
  { name: 'no occupation', body: edit((l) => (l.behov.yrken = [])), path: 'behov.yrken' },
  {
    name: 'six occupations',
    body: edit((l) => (l.behov.yrken = Array(6).fill({ namn: 'Kock à la carte', ssyk: '5120' }))),
    path: 'behov.yrken',
  },
  { name: 'unknown SSYK code', body: edit((l) => (l.behov.yrken = [{ namn: 'Något', ssyk: '9999' }])), path: 'behov.yrken.0.namn' },
  { name: 'unknown occupation name', body: edit((l) => (l.behov.yrken = [{ namn: 'Drakskötare' }])), path: 'behov.yrken.0.namn' },
  { name: 'skills as a string', body: edit((l) => (l.kompetens.kunskaper = 'Allt')), path: 'kompetens.kunskaper' },
  { name: 'no skill', body: edit((l) => (l.kompetens.kunskaper = [])), path: 'kompetens.kunskaper' },
  { name: 'offer as text', body: edit((l) => (l.erbjuder.handledare = 'ja')), path: 'erbjuder.handledare' },
  { name: 'non-binding box not ticked', body: edit((l) => (l.ejBindande = false)), path: 'ejBindande' },
  { name: 'consent as the string "true"', body: edit((l) => (l.samtycke = 'true')), path: 'samtycke' },
  { name: 'unknown company size', body: edit((l) => (l.organisation.storlek = '5')), path: 'organisation.storlek' },
  { name: 'unknown form of employment', body: edit((l) => (l.behov.anstallningsform = 'konsult')), path: 'behov.anstallningsform' },
  { name: 'unknown subsidy answer', body: edit((l) => (l.anstallningsstod = 'kanske')), path: 'anstallningsstod' },
  // missing fields
  { name: 'no organisation', body: edit((l) => delete l.organisation), path: 'organisation.namn' },
  { name: 'no contact e-mail', body: edit((l) => delete l.kontakt.epost), path: 'kontakt.epost' },
  { name: 'empty contact name', body: edit((l) => (l.kontakt.namn = '   ')), path: 'kontakt.namn' },
  { name: 'no signer', body: edit((l) => delete l.undertecknare), path: 'undertecknare.titel' },
  { name: 'no start date', body: edit((l) => delete l.behov.tidigastStart), path: 'behov.tidigastStart' },
  {
    name: 'no organisationsnummer and no sole trader box',
    body: edit((l) => delete l.organisation.organisationsnummer),
    path: 'organisation.organisationsnummer',
  },
  // references and formats
  {
    name: 'bad organisationsnummer checksum',
    body: edit((l) => (l.organisation.organisationsnummer = '556677-8898')),
    path: 'organisation.organisationsnummer',
  },
  {
    name: 'organisationsnummer that is a personnummer',
    body: edit((l) => (l.organisation.organisationsnummer = '900101-0017')),
    path: 'organisation.organisationsnummer',
  },
  { name: 'unknown kommunkod', body: edit((l) => (l.arbetsplatsKommun = '0100')), path: 'arbetsplatsKommun' },
  { name: 'malformed e-mail', body: edit((l) => (l.kontakt.epost = 'eva-at-exempel')), path: 'kontakt.epost' },
  { name: 'letters as phone number', body: edit((l) => (l.kontakt.telefon = 'ring mig')), path: 'kontakt.telefon' },
  { name: 'start date in the past', body: edit((l) => (l.behov.tidigastStart = '2020-01-01')), path: 'behov.tidigastStart' },
  { name: 'start date that does not exist', body: edit((l) => (l.behov.tidigastStart = '2027-02-30')), path: 'behov.tidigastStart' },
  { name: 'start date in another format', body: edit((l) => (l.behov.tidigastStart = '1/3/2027')), path: 'behov.tidigastStart' },
  // personal identity numbers in free text, in four common formats
  { name: 'personnummer ÅÅÅÅMMDD-NNNN in other', body: edit((l) => (l.ovrigt = 'Fråga efter 19900101-0017')), path: 'ovrigt' },
  {
    name: 'personnummer ÅÅMMDD-NNNN in a skill',
    body: edit((l) => (l.kompetens.kunskaper = ['Truckkort, 900101-0017'])),
    path: 'kompetens.kunskaper.0',
  },
  { name: 'personnummer ÅÅÅÅMMDDNNNN in the contact role', body: edit((l) => (l.kontakt.roll = 'VD 199001010017')), path: 'kontakt.roll' },
  {
    name: 'personnummer ÅÅMMDDNNNN in the signer title',
    body: edit((l) => (l.undertecknare.titel = '9001010017')),
    path: 'undertecknare.titel',
  },
  {
    name: 'personnummer ÅÅMMDD+NNNN in the organisation name',
    body: edit((l) => (l.organisation.namn = 'Firma 900101+0017')),
    path: 'organisation.namn',
  },
  {
    name: 'personnummer ÅÅ MM DD–NNNN in other',
    body: edit((l) => (l.ovrigt = 'Fråga efter 90 01 01–0017')),
    path: 'ovrigt',
  },
  // size bounds
  { name: 'organisation name of 161 characters', body: edit((l) => (l.organisation.namn = 'x'.repeat(161))), path: 'organisation.namn' },
  { name: 'other of 2001 characters', body: edit((l) => (l.ovrigt = 'x'.repeat(2001))), path: 'ovrigt' },
  {
    name: '21 skills',
    body: edit((l) => (l.kompetens.kunskaper = Array.from({ length: 21 }, (_, i) => `Kunskap ${i}`))),
    path: 'kompetens.kunskaper',
  },
  // markup and odd keys
  { name: 'script in other', body: edit((l) => (l.ovrigt = '<script>alert(1)</script>')), path: 'ovrigt' },
  { name: 'HTML in the organisation name', body: edit((l) => (l.organisation.namn = '<b>Bageriet</b>')), path: 'organisation.namn' },
  {
    name: 'javascript: link in a skill',
    body: edit((l) => (l.kompetens.kunskaper = ['javascript:alert(1)'])),
    path: 'kompetens.kunskaper.0',
  },
  { name: 'control characters in the name', body: edit((l) => (l.kontakt.namn = 'Eva\u0000Exempel')), path: 'kontakt.namn' },
  {
    name: 'a forged line in the organisation name',
    body: edit((l) => (l.organisation.namn = 'Bageriet AB\r\nBetala till bankgiro 5050-1055')),
    path: 'organisation.namn',
  },
  {
    name: 'a right-to-left override in the signer title',
    body: edit((l) => (l.undertecknare.titel = 'VD \u202Egnirts')),
    path: 'undertecknare.titel',
  },
  {
    name: '__proto__ key in a group',
    body: edit(() => undefined).replace('"kontakt":{', '"kontakt":{"__proto__":{"x":1},'),
    path: 'kontakt.__proto__',
  },
  { name: 'constructor key', body: edit((l) => Object.assign(l, { constructor: { prototype: { x: 1 } } })), path: 'constructor' },
];
