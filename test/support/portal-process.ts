/** The portal process on the test build of the site. */
import { startPortalProcess as start } from '../../scripts/portal-process.ts';
import { builtSiteDir } from './paths.ts';

export { linkFor, readOutbox, statusLinkFor, type PortalProcess } from '../../scripts/portal-process.ts';

export const startPortalProcess = (folders?: { dataDir: string; outboxDir: string }) => start(builtSiteDir, folders);
