/**
 * `npm run bench:faults`: LOIs submitted and confirmed while the portal is killed (SIGKILL) at
 * random moments, and the same without crashes as the baseline of the same run. Prints the crashes
 * injected, the submissions acknowledged, lost and duplicated, and the longest time from an
 * employer's confirmation to the last routed mail, also as a ratio to the baseline.
 * `--submissions 1000` for a longer run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteBuildReason } from '../functions/local/site-build.ts';
import { crashTrial } from './crash-trial.ts';

const { values } = parseArgs({ options: { submissions: { type: 'string', default: '300' }, clients: { type: 'string', default: '10' } } });

const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
if (siteBuildReason(siteDir, process.cwd())) {
  console.log('Bygger webbplatsen först …');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const options = { siteDir, submissions: Number(values.submissions), clients: Number(values.clients) };
console.log(`${options.submissions} LOIs, ${options.clients} employers at once; first without crashes, then killed every 0–8 s`);
const baseline = await crashTrial({ ...options, maxLifeMs: Number.POSITIVE_INFINITY });
const faults = await crashTrial({ ...options, maxLifeMs: 8000 });

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.table({
  'utan krascher': { ...baseline, longestConfirmToRoutedMs: seconds(baseline.longestConfirmToRoutedMs) },
  'med krascher': { ...faults, longestConfirmToRoutedMs: seconds(faults.longestConfirmToRoutedMs) },
});
console.log(
  `Längsta tid från bekräftelse till sista vidarebefordran: ${seconds(faults.longestConfirmToRoutedMs)} med krascher, ` +
    `${(faults.longestConfirmToRoutedMs / Math.max(1, baseline.longestConfirmToRoutedMs)).toFixed(1)} gånger utan ` +
    `(svepintervall ${faults.sweepSeconds} s).`,
);
if (faults.lost > 0 || faults.duplicated > 0) process.exitCode = 1;
