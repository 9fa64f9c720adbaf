/**
 * The local outbox keeps messages only for its retention (OUTBOX_RETENTION_HOURS): the portal's
 * purge job deletes older ones, as it does when the process starts, and keeps the list of
 * refused addresses.
 */
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { refusedAddressesFile } from '../../functions/mail/index.ts';

let portal: PortalProcess | undefined;
afterAll(async () => {
  await portal?.stop();
});

it('deletes messages older than the retention and keeps newer ones and the refused addresses', async () => {
  const work = mkdtempSync(join(tmpdir(), 'outbox-purge-'));
  const folders = { dataDir: join(work, 'data'), outboxDir: join(work, 'outbox') };
  mkdirSync(folders.outboxDir, { recursive: true });
  const hoursAgo = (file: string, hours: number) => {
    writeFileSync(join(folders.outboxDir, file), 'Subject: test\r\n\r\ntest\r\n');
    const time = new Date(Date.now() - hours * 3600_000);
    utimesSync(join(folders.outboxDir, file), time, time);
  };
  hoursAgo('gammalt.eml', 3);
  hoursAgo('nytt.eml', 1);
  hoursAgo(refusedAddressesFile, 3);

  portal = await startPortalProcess({ folders, env: { OUTBOX_RETENTION_HOURS: '2' } });
  expect(readdirSync(folders.outboxDir).sort()).toEqual([refusedAddressesFile, 'nytt.eml'].sort());
});
