/**
 * Bad requests of every kind the HTTP layer sees get a 4xx problem+json that names what is
 * wrong (or, to a plain form, the form again with its errors), never a 5xx, and the server goes
 * on serving. Every way of breaking the LOI itself is a contract case in
 * test/core/contracts/loi-cases.ts; a few of them are sent here too, to show how the contract's
 * errors reach the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validLoi } from '../../scripts/examples.ts';
import { casesNamed, expectAnswerNaming, formCase, headersOf, requestCases, type Case } from '../support/malformed.ts';
import { startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { loiCases } from '../core/contracts/loi-cases.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess();
});
afterAll(() => portal.stop());

const cases: Case[] = [
  ...requestCases(JSON.stringify(validLoi())),
  // The occupation is looked up among the published names before the contract sees it.
  ...casesNamed(loiCases, ['a JSON array', '__proto__ key at the top', 'malformed e-mail', 'unknown occupation name']),
  formCase(
    'a plain form with a malformed e-mail',
    { 'organisation.namn': 'Exempelbageriet', 'kontakt.epost': 'eva-at-exempel' },
    'kontakt.epost',
  ),
];

describe('malformed LOI requests', () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s: a 4xx answer naming the field', async (_, c, i) => {
    const response = await fetch(`${portal.url}/api/loi`, {
      method: 'POST',
      headers: headersOf(c, `malformed-${String(i).padStart(4, '0')}`),
      body: c.body,
    });
    await expectAnswerNaming(response, c);
  });

  it('leaves the server serving and accepting good LOIs', async () => {
    expect((await fetch(`${portal.url}/`)).status).toBe(200);
    const good = await fetch(`${portal.url}/api/loi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'after-malformed-1' },
      body: JSON.stringify(validLoi()),
    });
    expect(good.status).toBe(201);
  });

  it('answers a wrong method, an unknown id and a malformed id with problem+json', async () => {
    const wrongMethod = await fetch(`${portal.url}/api/loi`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('content-type')).toContain('application/problem+json');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'inte-ett-id']) {
      const unknown = await fetch(`${portal.url}/api/loi/${id}?token=x`);
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).errors[0].path).toBe('id');
    }
  });
});
