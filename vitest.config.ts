import { defineConfig } from 'vitest/config';
import { builtSiteDir } from './test/support/paths.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-site.ts'],
    // The functions that tests run in their own process read the pages and open data of the test build.
    env: { SITE_DIR: builtSiteDir },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser tests and builds each want a core; two files at a time fit the machine.
    maxWorkers: 2,
  },
});
