/**
 * Mail that cannot go out at first goes out once it can, without anyone doing anything: a
 * recipient the mail server refuses and later accepts, and an outbox that cannot be written and
 * later can. Against the real server, with its sweeper every second and short waits between tries.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validLoi } from '../../scripts/examples.ts';
import { refusedAddressesFile } from '../../functions/mail/index.ts';
import { readOutbox, startPortalProcess, statusLinkFor, type PortalProcess } from '../support/portal-process.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess({ env: { SWEEP_INTERVAL_SECONDS: '1', DELIVERY_RETRY_SECONDS: '1,1,1,1,1,1,1' } });
  mkdirSync(portal.outboxDir, { recursive: true });
});
afterAll(() => portal.stop());

async function submitLoi(epost: string) {
  const response = await fetch(`${portal.url}/api/loi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(validLoi({ epost })),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Waits until the outbox has a message to `to`, at most `seconds`. */
async function mailArrives(to: string, seconds: number) {
  for (const giveUp = Date.now() + seconds * 1000; Date.now() < giveUp; await new Promise((r) => setTimeout(r, 250)))
    if ((await readOutbox(portal.outboxDir)).some((m) => m.to === to)) return true;
  return false;
}

it('delivers the confirm mail to an address that was refused, once it is accepted', async () => {
  const epost = 'forst-avvisad@exempel.example';
  writeFileSync(join(portal.outboxDir, refusedAddressesFile), `${epost}\n`);
  const id = await submitLoi(epost);
  expect(await mailArrives(epost, 2)).toBe(false);
  rmSync(join(portal.outboxDir, refusedAddressesFile));
  expect(await mailArrives(epost, 10)).toBe(true);
  expect((await statusLinkFor(portal.outboxDir, epost)).searchParams.get('id')).toBe(id);
});

it('delivers the confirm mail written while the outbox could not be written, once it can', async () => {
  const epost = 'skrivskyddad-utkorg@exempel.example';
  const aside = `${portal.outboxDir}-undan`;
  renameSync(portal.outboxDir, aside);
  // A file where the folder should be: nothing can be written in it, whoever runs the portal.
  writeFileSync(portal.outboxDir, 'ingen mapp');
  let id: string;
  try {
    id = await submitLoi(epost);
    await new Promise((r) => setTimeout(r, 2000));
  } finally {
    rmSync(portal.outboxDir);
    renameSync(aside, portal.outboxDir);
  }
  expect(await mailArrives(epost, 10)).toBe(true);
  expect((await statusLinkFor(portal.outboxDir, epost)).searchParams.get('id')).toBe(id);
});
