/**
 * The log holds no personal data and no secrets: a whole flow against the portal process, with
 * mail to some recipients refused so that failures are logged, leaves none of the e-mail
 * addresses, private link tokens or supplier keys it used in the process's output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { postLoi } from '../support/loi-fixture.ts';
import { issueKey, postJson } from '../support/signal-fixture.ts';
import { linkFor, startPortalProcess, statusLinkFor, type PortalProcess } from '../support/portal-process.ts';
import { validGap, validLoi, validNeeds } from '../../scripts/examples.ts';
import { refusedAddressesFile } from '../../functions/mail/index.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess();
});
afterAll(() => portal.stop());

// Nordvind: the supplier whose turn the portal's first LOI of FA-region 23 is, and a recipient of its needs signals.
const refused = ['kontakt@nordvind.exempel.se', 'jobbspar.stockholm@exempel.se'];

it('logs the failed mail without the addresses, tokens and keys of the flow', async () => {
  mkdirSync(portal.outboxDir, { recursive: true });
  writeFileSync(join(portal.outboxDir, refusedAddressesFile), `${refused.join('\n')}\n`);
  const employer = 'logg.arbetsgivare@exempel.example';
  const needsContact = 'logg.behov@exempel.example';
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  const loi = await (await postLoi(portal.url, validLoi({ epost: employer }), 'log-privacy-loi-1')).json();
  const loiToken = (await statusLinkFor(portal.outboxDir, employer)).searchParams.get('token')!;
  expect((await postJson(portal.url, `/api/loi/${loi.id}/confirm`, {}, bearer(loiToken))).status).toBe(200);
  expect((await postJson(portal.url, `/api/loi/${loi.id}/withdraw`, {}, bearer(loiToken))).status).toBe(200);

  const needs = await (
    await postJson(portal.url, '/api/needs', validNeeds({ epost: needsContact }), { 'Idempotency-Key': 'log-privacy-needs-1' })
  ).json();
  const needsToken = (await linkFor(portal.outboxDir, needsContact, '/behov/bekrafta/')).searchParams.get('token')!;
  expect((await postJson(portal.url, `/api/needs/${needs.id}/confirm`, {}, bearer(needsToken))).status).toBe(200);

  const { key } = await issueKey('nordvind-kompetens', portal.dataDir);
  const wrongKey = `${key.slice(0, -4)}AAAA`;
  const gap = (authorization: string, idempotencyKey: string) =>
    postJson(portal.url, '/api/gaps', validGap(), { ...bearer(authorization), 'Idempotency-Key': idempotencyKey });
  expect((await gap(wrongKey, 'log-privacy-gap-1')).status).toBe(401);
  expect((await gap(key, 'log-privacy-gap-2')).status).toBe(201);

  // Refused: the routed LOI and its withdrawal to both, the needs signal to Nordvind, the gap report to jobbspår.
  const failures = () => portal.output().match(/"message":"mail failed"/g)?.length ?? 0;
  await vi.waitFor(() => expect(failures()).toBe(6));
  const output = portal.output();
  expect(output).toContain('«e-post»');
  for (const secret of [employer, needsContact, ...refused, loiToken, needsToken, key, wrongKey, key.split('.')[1]!])
    expect(output).not.toContain(secret);
});
