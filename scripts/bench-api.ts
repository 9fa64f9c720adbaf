/**
 * `npm run bench:api`: LOI submissions per second and their latency (p50, p99) at 1, 10 and 50
 * concurrent clients, against the portal process as `npm start` runs it (embedded store on disk,
 * mail to the outbox). Each submission has its own Idempotency-Key, so each one is stored.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startPortalProcess, withoutRateLimits } from './portal-process.ts';
import { siteBuildReason } from '../functions/local/site-build.ts';
import { validLoi } from './examples.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '500' } } });
const requestsPerRun = Number(values.requests);

const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
if (siteBuildReason(siteDir, process.cwd())) {
  console.log('Bygger webbplatsen först …');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const portal = await startPortalProcess(siteDir, { env: withoutRateLimits });
const body = JSON.stringify(validLoi());
let sequence = 0;

async function submit(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${portal.url}/api/loi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${process.pid}-${sequence++}` },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`svar ${response.status}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// A short warm-up, so the first run does not measure module loading.
for (let i = 0; i < 20; i++) await submit();

console.log(`${requestsPerRun} avsiktsförklaringar per körning mot ${portal.url}`);
console.log('klienter  per sekund   p50 ms   p99 ms');
for (const clients of [1, 10, 50]) {
  const latencies: number[] = [];
  let remaining = requestsPerRun;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (remaining-- > 0) latencies.push(await submit());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${String(clients).padStart(8)}  ${(latencies.length / seconds).toFixed(0).padStart(10)}  ${percentile(latencies, 50).toFixed(1).padStart(7)}  ${percentile(latencies, 99).toFixed(1).padStart(7)}`,
  );
}
await portal.stop();
rmSync(dirname(portal.dataDir), { recursive: true, force: true });
