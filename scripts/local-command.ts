/**
 * Runs a command against the portal's store: on AWS with PORTAL_ON_AWS=1 (AWS credentials and
 * TABLE_NAME in the environment), otherwise the local one in DATA_DIR (default data/), whether or not
 * `npm start` is running.
 */
import { resolve } from 'node:path';
import { openLocalStore } from '../functions/store/embedded.ts';

export async function withStore(run: () => Promise<void>): Promise<void> {
  const onAws = process.env.PORTAL_ON_AWS === '1';
  const store = onAws ? undefined : await openLocalStore(resolve(process.env.DATA_DIR ?? 'data'), process.env.TABLE_NAME ?? 'portal');
  if (store) process.env.DYNAMODB_ENDPOINT = store.endpoint;
  try {
    await run();
  } finally {
    await store?.close();
  }
}
