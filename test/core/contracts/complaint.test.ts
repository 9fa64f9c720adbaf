/**
 * The complaint's contract: anonymous and without contact it is whole; it refuses a personnummer
 * wherever it is written, saying so plainly, and every malformed complaint, naming the field in Swedish.
 */
import { describe, expect, it } from 'vitest';
import { complaintSchema } from '../../../core/contracts/complaint.ts';
import { fieldErrors } from '../../../core/contracts/problem.ts';
import { editOf, expectRefusal, submissionCases, type Case } from '../../support/malformed.ts';

const anonymous = () => ({
  leverantor: 'kompassen-jobbcoachning',
  tjanst: 'rusta-och-matcha',
  kommun: '0380',
  amne: 'bemotande',
  beskrivning: 'Min handledare kom inte till tre möten i rad och svarade inte när jag ringde.',
});
const complaint = editOf(anonymous);

const cases: Case[] = [
  ...submissionCases(complaint(() => undefined)),
  { name: 'no supplier', body: complaint((c) => delete c.leverantor), path: 'leverantor' },
  { name: 'a supplier that is no slug', body: complaint((c) => (c.leverantor = 'Kompassen AB')), path: 'leverantor' },
  { name: 'an unknown service', body: complaint((c) => (c.tjanst = 'stod-och-matchning')), path: 'tjanst' },
  { name: 'an unknown kommun', body: complaint((c) => (c.kommun = '0100')), path: 'kommun' },
  { name: 'no kommun', body: complaint((c) => delete c.kommun), path: 'kommun' },
  { name: 'no topic', body: complaint((c) => delete c.amne), path: 'amne' },
  { name: 'an unknown topic', body: complaint((c) => (c.amne = 'pengar')), path: 'amne' },
  { name: 'no description', body: complaint((c) => delete c.beskrivning), path: 'beskrivning' },
  { name: 'an empty description', body: complaint((c) => (c.beskrivning = '   ')), path: 'beskrivning' },
  { name: 'a description of 3,001 characters', body: complaint((c) => (c.beskrivning = 'x'.repeat(3001))), path: 'beskrivning' },
  { name: 'HTML in the description', body: complaint((c) => (c.beskrivning = '<script>x</script>')), path: 'beskrivning' },
  {
    name: 'a personnummer in the description',
    body: complaint((c) => (c.beskrivning += ' Mitt nummer är 19850312-1231.')),
    path: 'beskrivning',
  },
  { name: 'a personnummer as the name', body: complaint((c) => (c.kontakt = { namn: '850312-1231' })), path: 'kontakt.namn' },
  { name: 'a personnummer as the phone number', body: complaint((c) => (c.kontakt = { telefon: '8503121231' })), path: 'kontakt.telefon' },
  { name: 'a malformed e-mail address', body: complaint((c) => (c.kontakt = { epost: 'jag-at-exempel' })), path: 'kontakt.epost' },
  { name: 'an unknown contact field', body: complaint((c) => (c.kontakt = { adress: 'Storgatan 1' })), path: 'kontakt.adress' },
];

describe('the complaint contract', () => {
  it('takes an anonymous complaint without any contact', () => {
    const parsed = complaintSchema.parse(anonymous());
    expect(parsed.kontakt).toEqual({});
  });

  it('takes a contact, one field or all', () => {
    expect(complaintSchema.safeParse({ ...anonymous(), kontakt: { epost: 'deltagare@exempel.se' } }).success).toBe(true);
    const whole = { namn: 'Amina', epost: 'amina@exempel.se', telefon: '070-123 45 67' };
    expect(complaintSchema.parse({ ...anonymous(), kontakt: whole }).kontakt).toEqual(whole);
  });

  it('says plainly that it takes no personnummer', () => {
    const result = complaintSchema.safeParse({ ...anonymous(), beskrivning: 'Jag heter Sara, 850312-1231.' });
    expect(fieldErrors(result.error!)).toEqual([
      {
        path: 'beskrivning',
        message: 'Vad som hände innehåller något som ser ut som ett personnummer. Ta bort det: vi tar inte emot personnummer.',
      },
    ]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s, naming the field', (_, c) => expectRefusal(complaintSchema, c));
});
