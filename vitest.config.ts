import { defineConfig } from 'vitest/config';
import { builtSiteDir } from './test/support/paths.ts';

/**
 * Two projects: `unit` tests the core, the domain's rules, the catalogue checks and the layering
 * without building anything; `portal` builds the site once and tests it, the server, the browser
 * flows and the AWS stack against that build. `npm test` runs both, `npm run test:unit` the first.
 */
const unit = ['test/architecture/**/*.test.ts', 'test/catalogue/**/*.test.ts', 'test/core/**/*.test.ts', 'test/domain/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser tests and builds each want a core; two files at a time fit the machine.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'portal',
          include: ['test/**/*.test.ts'],
          exclude: unit,
          globalSetup: ['test/support/build-site.ts'],
          // The functions that tests run in their own process read the pages and open data of the test build.
          env: { SITE_DIR: builtSiteDir },
        },
      },
    ],
  },
});
