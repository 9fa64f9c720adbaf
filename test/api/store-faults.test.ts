/**
 * A failing store never takes the portal down. On a full or read-only disk the API answers 503
 * problem+json with Retry-After while the site is still served, and it takes submissions again by
 * itself once the disk can be written; started on a folder it cannot use, the portal says in
 * Swedish what is wrong and stops. The faults are real: the data folder is on a small tmpfs of the
 * test's own, filled up or made read-only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { postLoi } from '../support/loi-fixture.ts';
import { startPortalProcess, statusLinkFor, type PortalProcess } from '../support/portal-process.ts';
import { validLoi } from '../../scripts/examples.ts';

const disk = mkdtempSync(join(tmpdir(), 'store-faults-'));
const outboxDir = mkdtempSync(join(tmpdir(), 'store-faults-outbox-'));
const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });

beforeAll(() => {
  try {
    mount('-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', disk);
  } catch (error) {
    throw new Error(
      `These tests put the store on a tmpfs of their own, to fill it and make it read-only, and need to mount it (as root, as CI runs): ${(error as Error).message}`,
    );
  }
});

const portals: PortalProcess[] = [];
const start = async (folder: string) => {
  const portal = await startPortalProcess({ folders: { dataDir: join(disk, folder), outboxDir } });
  portals.push(portal);
  return portal;
};
// A store still running on the disk would keep it busy: it could be neither remounted nor unmounted.
afterEach(async () => {
  await Promise.all(portals.splice(0).map((portal) => portal.stop()));
});
afterAll(() => {
  execFileSync('umount', [disk]);
  for (const folder of [disk, outboxDir]) rmSync(folder, { recursive: true, force: true });
});

let submissions = 0;
/** A new LOI, each with its own employer and Idempotency-Key. */
const submit = (portal: PortalProcess) => {
  submissions += 1;
  return postLoi(portal.url, validLoi({ epost: `lagring${submissions}@exempel.example` }), `store-fault-${submissions}-abcdef`);
};

/** An LOI accepted before the fault, and how to read it back. */
async function submitted(portal: PortalProcess) {
  const response = await submit(portal);
  expect(response.status).toBe(201);
  const { id, reference } = await response.json();
  const link = await statusLinkFor(outboxDir, `lagring${submissions}@exempel.example`);
  return { id, reference, token: link.searchParams.get('token')! };
}

/** The API answers 503 with Retry-After, and every page of the site is still served. */
async function expectStoreAwayButSiteServed(portal: PortalProcess) {
  const response = await submit(portal);
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({
    status: 503,
    title: 'Tjänsten är tillfälligt otillgänglig',
    detail: 'Det du skickade har inte sparats. Försök igen om en stund.',
  });
  // A page rendered from the store says the same as a page.
  const statistics = await fetch(`${portal.url}/statistik/`);
  expect(statistics.status).toBe(503);
  expect(statistics.headers.get('content-type')).toContain('text/html');
  expect(statistics.headers.get('retry-after')).toBeTruthy();
  expect(await statistics.text()).toContain('Försök igen om en stund.');
  for (const page of ['/', '/insatser/', '/kommun/0180/']) expect((await fetch(`${portal.url}${page}`)).status, page).toBe(200);
}

/** Submissions are taken again within a few seconds, and what was stored before is still there. */
async function expectRecovered(portal: PortalProcess, before: { id: string; reference: string; token: string }) {
  const since = Date.now();
  let status = 0;
  while (Date.now() - since < 10_000) {
    status = (await submit(portal)).status;
    if (status === 201) break;
    expect(status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(status).toBe(201);
  const read = await fetch(`${portal.url}/api/loi/${before.id}`, { headers: { Authorization: `Bearer ${before.token}` } });
  expect(read.status).toBe(200);
  expect((await read.json()).reference).toBe(before.reference);
}

it('answers 503 on a full disk while the site is served, and takes submissions again once there is room', async () => {
  const portal = await start('full');
  const before = await submitted(portal);

  const filler = join(disk, 'fyllnad');
  try {
    writeFileSync(filler, Buffer.alloc(32 * 1024 * 1024));
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  }
  await expectStoreAwayButSiteServed(portal);
  await expect.poll(() => portal.output()).toContain(`Disken där ${join(disk, 'full')}`);

  rmSync(filler);
  await expectRecovered(portal, before);
  expect(portal.output()).toContain('Databasen är igång igen.');
});

it('answers 503 on a folder made read-only while the site is served, and takes submissions again once it is writable', async () => {
  const portal = await start('skrivskyddad');
  const before = await submitted(portal);

  // Linux makes a file system read-only only when no file on it is open for writing, and the
  // store's log always is: the store stops the hard way, as it would on a disk error, and the
  // folder is read-only before the portal has it started again.
  const storeProcesses = () =>
    readFileSync(`/proc/${portal.child.pid}/task/${portal.child.pid}/children`, 'utf8').split(' ').filter(Boolean);
  for (let tries = 0; ; tries++) {
    for (const pid of storeProcesses()) process.kill(Number(pid), 'SIGKILL');
    try {
      mount('-o', 'remount,ro', disk);
      break;
    } catch (error) {
      if (tries === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await expect.poll(() => portal.output(), { timeout: 10_000 }).toContain(`Det går inte att skriva i ${join(disk, 'skrivskyddad')}`);
  await expectStoreAwayButSiteServed(portal);

  mount('-o', 'remount,rw', disk);
  await expectRecovered(portal, before);
});

/** The output of a portal started on `dataDir`, which must stop at once with a non-zero exit code. */
async function refusedStart(dataDir: string): Promise<string> {
  const stopped: Error = await startPortalProcess({ folders: { dataDir, outboxDir } }).then(
    (portal) => {
      portals.push(portal);
      throw new Error(`the portal started on ${dataDir}`);
    },
    (error: Error) => error,
  );
  const [, code] = /^the portal stopped \((\w+)\)/.exec(stopped.message) ?? [];
  expect(code).not.toBe('0');
  expect(stopped.message).not.toMatch(/^\s+at /m);
  return stopped.message;
}

it('will not start on a file where its folder should be, and says so', async () => {
  const file = join(outboxDir, 'ingen-mapp');
  writeFileSync(file, 'en fil');
  expect(await refusedStart(file)).toContain(`Portalen kan inte starta: ${file} är en fil, men portalen behöver en mapp där.`);
});

it('will not start on a read-only folder, and says so', async () => {
  const folder = join(disk, 'start-skrivskyddad');
  mkdirSync(folder);
  mount('-o', 'remount,ro', disk);
  try {
    const output = await refusedStart(folder);
    expect(output).toContain(`Portalen kan inte starta: Det går inte att skriva i ${folder}`);
    expect(output).toContain('DATA_DIR=');
  } finally {
    mount('-o', 'remount,rw', disk);
  }
});

it('will not start on a database it cannot open, and says to move it aside', async () => {
  const folder = join(disk, 'skadad');
  mkdirSync(join(folder, 'dynamodb'), { recursive: true });
  writeFileSync(join(folder, 'dynamodb', 'CURRENT'), 'MANIFEST-999999\n');
  expect(await refusedStart(folder)).toMatch(
    /Portalen kan inte starta: Databasen i .*skadad\/dynamodb går inte att öppna.*Flytta undan mappen/,
  );
});

it('will not start on the folder of another running portal, and says to stop that one', async () => {
  const running = await start('upptagen');
  const output = await refusedStart(running.dataDir);
  expect(output).toContain(
    `Portalen kan inte starta: Databasen i ${join(running.dataDir, 'dynamodb')} används redan av en annan portal (npm start)`,
  );
  expect(output).toContain('Stoppa den först');
  // The running one is not disturbed.
  expect((await submit(running)).status).toBe(201);
});
