/**
 * Builds the site from content/ once per test run into a folder of its own, the way
 * `npm run build` does, so every test reads the pages a visitor would get.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtSiteDir } from './paths.ts';

export default function setup() {
  rmSync(builtSiteDir, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], {
    // As a deployment builds it: vitest's NODE_ENV=test would give the islands React's development JSX.
    env: { ...process.env, NODE_ENV: 'production', SITE_OUT_DIR: builtSiteDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`Site built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
