import { resolve } from 'node:path';

export const projectDir = resolve(import.meta.dirname, '../..');
/** Where the test run builds the site; scratch, git-ignored. */
export const builtSiteDir = resolve(projectDir, '.tmp/test-site');
export const contentDir = resolve(projectDir, 'content');
