/** The portal process on the test build of the site. */
import { startPortalProcess as start, type PortalProcessOptions } from '../../scripts/portal-process.ts';
import { builtSiteDir } from './paths.ts';

export { linkFor, readOutbox, statusLinkFor, withoutRateLimits, type PortalProcess } from '../../scripts/portal-process.ts';

export const startPortalProcess = (options?: PortalProcessOptions) => start(builtSiteDir, options);
