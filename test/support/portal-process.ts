/** The portal process on the test build of the site. */
import { startPortalProcess as start } from '../../functions/local/process.ts';
import { builtSiteDir } from './paths.ts';

export { linkFor, readOutbox, statusLinkFor, type PortalProcess } from '../../functions/local/process.ts';

export const startPortalProcess = (folders?: { dataDir: string; outboxDir: string }) => start(builtSiteDir, folders);
