/**
 * Bad needs signals and gap reports of every kind the HTTP layer sees get a 4xx problem+json
 * that names what is wrong (or, to a plain form, the form again with its errors), never a 5xx,
 * and the server goes on serving. Every way of breaking the submission itself is a contract case
 * in test/core/contracts/signal-cases.ts; a few of them are sent here too, to show how the
 * contract's errors reach the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { issueKey, postJson } from '../support/signal-fixture.ts';
import { validGap, validNeeds } from '../../scripts/examples.ts';
import {
  casesNamed,
  editOf,
  expectAnswerNaming,
  expectProblemNaming,
  formCase,
  headersOf,
  requestCases,
  type Case,
} from '../support/malformed.ts';
import { gapCases, needsCases } from '../core/contracts/signal-cases.ts';

let portal: PortalProcess;
let supplierKey: string;
beforeAll(async () => {
  portal = await startPortalProcess();
  supplierKey = (await issueKey('nordvind-kompetens', portal.dataDir)).key;
});
afterAll(() => portal.stop());

// "unknown occupation name": occupations are looked up among the published names before the contract sees them.
const needsHttpCases: Case[] = [
  ...requestCases(JSON.stringify(validNeeds())),
  ...casesNamed(needsCases, ['a JSON array', 'malformed e-mail', 'unknown occupation name']),
  formCase(
    'a plain form with a malformed e-mail',
    { 'organisation.namn': 'Exempelbageriet', 'kontakt.epost': 'eva-at-exempel' },
    'kontakt.epost',
  ),
];

const gapHttpCases: Case[] = [
  ...requestCases(JSON.stringify(validGap())),
  ...casesNamed(gapCases, ['__proto__ key at the top', 'unknown occupation name']),
  // The catalogue's interventions are known only to the server.
  {
    name: 'an intervention not in the catalogue',
    body: editOf(validGap)((s) => (s.insatser = [{ insats: 'finns-inte', skal: 'fullt' }])),
    path: 'insatser.0.insats',
  },
  formCase('a plain form without the supplier key', { forslag: 'En kortare kurs.' }, 'nyckel'),
];

describe.each([
  ['needs signals', '/api/needs', needsHttpCases, {}],
  ['gap reports', '/api/gaps', gapHttpCases, { withKey: true }],
] as const)('malformed %s', (_, path, cases, { withKey }: { withKey?: boolean }) => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s: a 4xx answer naming the field', async (_, c, i) => {
    const headers = {
      ...headersOf(c, `malformed-${path.slice(5)}-${String(i).padStart(4, '0')}`),
      ...(withKey ? { Authorization: `Bearer ${supplierKey}` } : {}),
    };
    await expectAnswerNaming(await fetch(`${portal.url}${path}`, { method: 'POST', headers, body: c.body }), c);
  });

  it('leave the server serving and accepting good submissions', async () => {
    expect((await fetch(`${portal.url}/`)).status).toBe(200);
    const good = withKey ? validGap() : validNeeds();
    const headers: Record<string, string> = {
      'Idempotency-Key': `after-malformed-${path.slice(5)}`,
      ...(withKey ? { Authorization: `Bearer ${supplierKey}` } : {}),
    };
    expect((await postJson(portal.url, path, good, headers)).status).toBe(201);
  });
});

describe('a malformed id in a confirm link', () => {
  it('is answered with problem+json naming the id', async () => {
    await expectProblemNaming(await postJson(portal.url, '/api/needs/inte-ett-id/confirm', {}, { Authorization: 'Bearer x' }), 'id');
  });
});
