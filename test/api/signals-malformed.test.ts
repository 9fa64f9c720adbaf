/**
 * Bad needs signals and gap reports of every kind get a 4xx problem+json that names what is
 * wrong, never a 5xx, and the server goes on serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { issueKey, postJson } from '../support/signal-fixture.ts';
import { validGap, validNeeds } from '../../scripts/examples.ts';
import { editOf, expectProblemNaming, headersOf, type Case } from '../support/malformed.ts';

let portal: PortalProcess;
let supplierKey: string;
beforeAll(async () => {
  portal = await startPortalProcess();
  supplierKey = (await issueKey('nordvind-kompetens', portal.dataDir)).key;
});
afterAll(() => portal.stop());

/** What any submission endpoint must refuse, whatever its fields. */
const requestCases = (valid: string): Case[] => [
  { name: 'malformed JSON', body: '{"organisation": {', path: '' },
  { name: 'a JSON array', body: '[]', path: '' },
  { name: 'JSON null', body: 'null', path: '' },
  { name: 'an empty body', body: '', path: '' },
  { name: 'a 1 MB body', body: valid.replace('{', `{"x":"${'x'.repeat(1024 * 1024)}",`), path: '' },
  { name: 'wrong content type', body: valid, contentType: 'text/plain', path: '' },
  { name: 'no content type', body: valid, contentType: '', path: '' },
  { name: 'no Idempotency-Key', body: valid, key: null, path: 'Idempotency-Key' },
  { name: 'an Idempotency-Key with spaces', body: valid, key: 'inte en nyckel', path: 'Idempotency-Key' },
  { name: '__proto__ key at the top', body: valid.replace('{', '{"__proto__":{"admin":true},'), path: '__proto__' },
  { name: 'an unknown field', body: valid.replace('{', '{"personnummer":"19900101-0017",'), path: 'personnummer' },
];

const needs = editOf(validNeeds);
const needsCases: Case[] = [
  ...requestCases(needs(() => undefined)),
  { name: 'organisation name as a number', body: needs((s) => (s.organisation.namn = 42)), path: 'organisation.namn' },
  { name: 'no organisation', body: needs((s) => delete s.organisation), path: 'organisation.namn' },
  { name: 'organisation name of 161 characters', body: needs((s) => (s.organisation.namn = 'x'.repeat(161))), path: 'organisation.namn' },
  { name: 'HTML in the organisation name', body: needs((s) => (s.organisation.namn = '<b>Bageriet</b>')), path: 'organisation.namn' },
  { name: 'bad organisationsnummer checksum', body: needs((s) => (s.organisation.organisationsnummer = '556677-8898')), path: 'organisation.organisationsnummer' },
  { name: 'organisationsnummer that is a personnummer', body: needs((s) => (s.organisation.organisationsnummer = '900101-0017')), path: 'organisation.organisationsnummer' },
  { name: 'unknown kommunkod', body: needs((s) => (s.arbetsplatsKommun = '0100')), path: 'arbetsplatsKommun' },
  { name: 'kommunkod as a number', body: needs((s) => (s.arbetsplatsKommun = 181)), path: 'arbetsplatsKommun' },
  { name: 'no contact e-mail', body: needs((s) => delete s.kontakt.epost), path: 'kontakt.epost' },
  { name: 'malformed e-mail', body: needs((s) => (s.kontakt.epost = 'eva-at-exempel')), path: 'kontakt.epost' },
  { name: 'no occupation', body: needs((s) => (s.behov.yrken = [])), path: 'behov.yrken' },
  { name: 'six occupations', body: needs((s) => (s.behov.yrken = Array(6).fill({ namn: 'Kock à la carte', ssyk: '5120' }))), path: 'behov.yrken' },
  { name: 'occupations as a string', body: needs((s) => (s.behov.yrken = 'Kock')), path: 'behov.yrken' },
  { name: 'unknown SSYK code', body: needs((s) => (s.behov.yrken = [{ namn: 'Något', ssyk: '9999' }])), path: 'behov.yrken.0.namn' },
  { name: 'unknown occupation name', body: needs((s) => (s.behov.yrken = [{ namn: 'Drakskötare' }])), path: 'behov.yrken.0.namn' },
  { name: 'people as text', body: needs((s) => (s.behov.antal = 'tre')), path: 'behov.antal' },
  { name: 'people zero', body: needs((s) => (s.behov.antal = 0)), path: 'behov.antal' },
  { name: 'people above 500', body: needs((s) => (s.behov.antal = 501)), path: 'behov.antal' },
  { name: 'people as a fraction', body: needs((s) => (s.behov.antal = 1.5)), path: 'behov.antal' },
  { name: 'unknown time horizon', body: needs((s) => (s.behov.tidshorisont = '1-2')), path: 'behov.tidshorisont' },
  { name: 'no time horizon', body: needs((s) => delete s.behov.tidshorisont), path: 'behov.tidshorisont' },
  { name: 'unknown LOI answer', body: needs((s) => (s.avsiktsforklaring = 'kanske')), path: 'avsiktsforklaring' },
  { name: 'LOI answer as a boolean', body: needs((s) => (s.avsiktsforklaring = true)), path: 'avsiktsforklaring' },
  { name: 'personnummer in the description', body: needs((s) => (s.beskrivning = 'Ring 19900101-0017')), path: 'beskrivning' },
  { name: 'script in the description', body: needs((s) => (s.beskrivning = '<script>alert(1)</script>')), path: 'beskrivning' },
  { name: 'description of 2001 characters', body: needs((s) => (s.beskrivning = 'x'.repeat(2001))), path: 'beskrivning' },
  { name: 'control characters in the description', body: needs((s) => (s.beskrivning = 'a\u0000b')), path: 'beskrivning' },
  { name: 'an unknown field in a group', body: needs((s) => (s.kontakt.telefon = '08-555 000 00')), path: 'kontakt.telefon' },
];

const gap = editOf(validGap);
const gapCases: Case[] = [
  ...requestCases(gap(() => undefined)),
  { name: 'unknown FA-region', body: gap((s) => (s.faRegion = '61')), path: 'faRegion' },
  { name: 'no FA-region', body: gap((s) => delete s.faRegion), path: 'faRegion' },
  { name: 'FA-region as a number', body: gap((s) => (s.faRegion = 23)), path: 'faRegion' },
  { name: 'no profile', body: gap((s) => delete s.profil), path: 'profil.yrken' },
  { name: 'no occupation', body: gap((s) => (s.profil.yrken = [])), path: 'profil.yrken' },
  { name: 'unknown occupation name', body: gap((s) => (s.profil.yrken = [{ namn: 'Drakskötare' }])), path: 'profil.yrken.0.namn' },
  { name: 'no skill', body: gap((s) => (s.profil.kunskaper = [])), path: 'profil.kunskaper' },
  { name: '21 skills', body: gap((s) => (s.profil.kunskaper = Array.from({ length: 21 }, (_, i) => `Kunskap ${i}`))), path: 'profil.kunskaper' },
  { name: 'personnummer in a skill', body: gap((s) => (s.profil.kunskaper = ['Truckkort 900101-0017'])), path: 'profil.kunskaper.0' },
  { name: 'malformed LOI reference', body: gap((s) => (s.avsiktsforklaringar = ['LOI-123'])), path: 'avsiktsforklaringar.0' },
  { name: 'LOI references as a string', body: gap((s) => (s.avsiktsforklaringar = 'LOI-2026-000001')), path: 'avsiktsforklaringar' },
  { name: 'no intervention considered', body: gap((s) => (s.insatser = [])), path: 'insatser' },
  { name: 'six interventions considered', body: gap((s) => (s.insatser = Array(6).fill({ skal: 'saknas' }))), path: 'insatser' },
  { name: 'unknown reason code', body: gap((s) => (s.insatser = [{ skal: 'dyrt' }])), path: 'insatser.0.skal' },
  { name: 'a reason without the intervention', body: gap((s) => (s.insatser = [{ skal: 'fullt' }])), path: 'insatser.0.insats' },
  { name: '"annat" without a comment', body: gap((s) => (s.insatser = [{ insats: 'yrkesvux-restaurang-sodertalje', skal: 'annat' }])), path: 'insatser.0.kommentar' },
  { name: 'an intervention not in the catalogue', body: gap((s) => (s.insatser = [{ insats: 'finns-inte', skal: 'fullt' }])), path: 'insatser.0.insats' },
  { name: 'an intervention slug with capitals', body: gap((s) => (s.insatser = [{ insats: 'Yrkesvux', skal: 'fullt' }])), path: 'insatser.0.insats' },
  { name: 'negative employers', body: gap((s) => (s.berorda.arbetsgivare = -1)), path: 'berorda.arbetsgivare' },
  { name: 'positions as text', body: gap((s) => (s.berorda.tjanster = 'många')), path: 'berorda.tjanster' },
  { name: 'no suggestion', body: gap((s) => delete s.forslag), path: 'forslag' },
  { name: 'suggestion of 2001 characters', body: gap((s) => (s.forslag = 'x'.repeat(2001))), path: 'forslag' },
  { name: 'javascript: link in the suggestion', body: gap((s) => (s.forslag = 'javascript:alert(1)')), path: 'forslag' },
  { name: 'an unknown field in the profile', body: gap((s) => (s.profil.personer = ['Eva'])), path: 'profil.personer' },
];

describe.each([
  ['needs signals', '/api/needs', needsCases, {}],
  ['gap reports', '/api/gaps', gapCases, { withKey: true }],
] as const)('malformed %s', (_, path, cases, { withKey }: { withKey?: boolean }) => {
  it('are at least thirty', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s: 4xx problem+json naming the field', async (_, c, i) => {
    const headers = { ...headersOf(c, `malformed-${path.slice(5)}-${String(i).padStart(4, '0')}`), ...(withKey ? { Authorization: `Bearer ${supplierKey}` } : {}) };
    await expectProblemNaming(await fetch(`${portal.url}${path}`, { method: 'POST', headers, body: c.body }), c.path);
  });

  it('leave the server serving and accepting good submissions', async () => {
    expect((await fetch(`${portal.url}/`)).status).toBe(200);
    const good = withKey ? validGap() : validNeeds();
    const headers: Record<string, string> = { 'Idempotency-Key': `after-malformed-${path.slice(5)}`, ...(withKey ? { Authorization: `Bearer ${supplierKey}` } : {}) };
    expect((await postJson(portal.url, path, good, headers)).status).toBe(201);
  });
});
