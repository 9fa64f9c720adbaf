/**
 * For tests that call the functions' modules directly: an in-memory embedded store and a mail
 * outbox for the test file. The functions read their settings when they load, as on Lambda, so
 * the test imports them (dynamically) only after this has run.
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/store/embedded.ts';
import { builtSiteDir } from './paths.ts';

export interface InProcessStore {
  outboxDir: string;
  /** Makes the local mailer refuse mail to `address`, as SES would refuse it. */
  refuseMailTo(address: string): Promise<void>;
  /** Makes the local mailer take mail to every address again. */
  acceptAllMail(): Promise<void>;
}

export function setUpInProcessStore(tableName: string): InProcessStore {
  const outboxDir = mkdtempSync(join(tmpdir(), `${tableName}-outbox-`));
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = await startEmbeddedStore(undefined, tableName);
    Object.assign(process.env, { DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: tableName, SITE_DIR: builtSiteDir, OUTBOX_DIR: outboxDir });
  });
  afterAll(() => store.close());
  const refusedFile = async () => join(outboxDir, (await import('../../functions/mail/index.ts')).refusedAddressesFile);
  return {
    outboxDir,
    refuseMailTo: async (address) => writeFileSync(await refusedFile(), `${address}\n`),
    acceptAllMail: async () => rmSync(await refusedFile()),
  };
}
