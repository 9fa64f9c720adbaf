import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Browser tests and builds each want a core; two files at a time fit the machine.
    maxWorkers: 2,
  },
});
