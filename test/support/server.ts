/** Starts the portal's own server on a free port for a test file. */
import type { AddressInfo } from 'node:net';
import { createPortalServer } from '../../functions/local/server.ts';
import { builtSiteDir } from './paths.ts';

export async function startPortal(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createPortalServer({ siteDir: builtSiteDir });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
