/**
 * The complaint form's errors in the page's language: every way a participant can get a field
 * wrong is worded from the dictionary of each language, by the field and the reason the contract
 * gives, never left to the general "check what you wrote"; the catalogue's checks, found by the
 * server, are worded by their field.
 */
import { describe, expect, it } from 'vitest';
import { complaintSchema } from '../../core/contracts/complaint.ts';
import { fieldErrors } from '../../core/contracts/problem.ts';
import { jobseekerLanguages, jobseekerTexts } from '../../core/i18n/index.ts';
import { complaintMessages } from '../../ui/complaint/errors.ts';
import { postedComplaintErrors } from '../../functions/pages/signals.tsx';

const valid = {
  leverantor: 'framsteg-jobbcoach',
  tjanst: 'kundval-kommun',
  kommun: '0180',
  amne: 'tider',
  beskrivning: 'Tre möten blev inställda.',
};

/** A way to get the form wrong, and the English words for it. */
const mistakes: [string, Record<string, unknown>, string, string][] = [
  ['nothing chosen or written', {}, 'leverantor', 'Choose the supplier it is about'],
  ['no service', { ...valid, tjanst: undefined }, 'tjanst', 'Choose the service it is about'],
  ['no kommun', { ...valid, kommun: undefined }, 'kommun', 'Choose the municipality where you take part'],
  ['a kommun not in the list', { ...valid, kommun: '0100' }, 'kommun', 'Choose a municipality from the list'],
  ['no topic', { ...valid, amne: undefined }, 'amne', 'Choose what it is about'],
  ['only spaces', { ...valid, beskrivning: '   ' }, 'beskrivning', 'Write what happened'],
  ['3,001 characters', { ...valid, beskrivning: 'x'.repeat(3001) }, 'beskrivning', 'at most 3000 characters'],
  [
    'a personnummer',
    { ...valid, beskrivning: 'Jag heter Sara, 850312-1231.' },
    'beskrivning',
    'we do not accept personal identity numbers',
  ],
  ['HTML', { ...valid, beskrivning: '<b>Hej</b>' }, 'beskrivning', 'without the sign <'],
  ['an invisible character', { ...valid, beskrivning: 'Hej\u200Bdå' }, 'beskrivning', 'invisible characters'],
  ['a name of 121 characters', { ...valid, kontakt: { namn: 'x'.repeat(121) } }, 'kontakt.namn', 'at most 120 characters'],
  ['a personnummer as the name', { ...valid, kontakt: { namn: '850312-1231' } }, 'kontakt.namn', 'not your personal identity number'],
  ['a malformed e-mail address', { ...valid, kontakt: { epost: 'jag-at-exempel' } }, 'kontakt.epost', 'name@example.com'],
  ['letters as the phone number', { ...valid, kontakt: { telefon: 'ring mig' } }, 'kontakt.telefon', 'in digits'],
  ['a personnummer as the phone number', { ...valid, kontakt: { telefon: '8503121231' } }, 'kontakt.telefon', 'Write your phone number'],
];

describe.each(jobseekerLanguages)('in %s', (language) => {
  const texts = jobseekerTexts(language).complaint;
  const messages = complaintMessages(texts);

  it.each(mistakes)('words %s from the dictionary', (_, input, path, english) => {
    const result = complaintSchema.safeParse(input);
    const [first] = fieldErrors(result.error!, messages.ofIssue);
    expect(first!.path).toBe(path);
    expect(first!.message).not.toBe(texts.checkField);
    if (language === 'en') expect(first!.message).toContain(english);
  });

  it('words the catalogue’s checks by their field, and the plain form’s errors from what was posted', () => {
    const found = [{ path: 'tjanst', message: 'Välj en tjänst som Framsteg Jobbcoach AB har avtal om' }];
    const posted = new URLSearchParams({ ...valid, tjanst: 'rusta-och-matcha' });
    expect(postedComplaintErrors(texts, posted, found)).toEqual([{ path: 'tjanst', message: texts.errors.tjanst.catalogue }]);
    const empty = postedComplaintErrors(texts, new URLSearchParams({ beskrivning: '' }), []);
    expect(empty.map((e) => e.path)).toEqual(['leverantor', 'tjanst', 'kommun', 'amne', 'beskrivning']);
    expect(empty.at(-1)!.message).toBe(texts.errors.beskrivning.missing);
  });
});
