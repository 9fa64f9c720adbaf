/**
 * `npm run bench:build -- --interventions 10000 --suppliers 1000`: generates a synthetic
 * catalogue in a temporary folder, builds the whole site from it (content check, Astro, Pagefind)
 * and prints the build time, the number of pages and the peak memory of the build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue } from './generate-catalogue.ts';

const { values } = parseArgs({
  options: {
    interventions: { type: 'string', default: '10000' },
    suppliers: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});

const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const catalogueDir = join(work, 'content');
const outDir = join(work, 'dist');
const interventions = Number(values.interventions);
const suppliers = Number(values.suppliers);

console.log(`Genererar ${interventions} insatser och ${suppliers} leverantörer i ${catalogueDir} …`);
generateCatalogue({ out: catalogueDir, interventions, suppliers, seed: 1 });

console.log('Bygger webbplatsen (npm run build) …');
const started = process.hrtime.bigint();
const build = spawn('npm', ['run', 'build'], {
  env: { ...process.env, CATALOGUE_DIR: catalogueDir, SITE_OUT_DIR: outDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let peakBytes = 0;
const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(build.pid!))), 200);
const status = await new Promise<number | null>((done) => build.on('close', done));
clearInterval(sampler);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (status !== 0) {
  console.error(`Bygget misslyckades (kod ${status}); katalogen ligger kvar i ${work}`);
  process.exit(1);
}

console.log('');
console.log(`insatser        ${interventions}`);
console.log(`leverantörer    ${suppliers}`);
console.log(`byggtid         ${seconds.toFixed(1)} s`);
console.log(`sidor           ${countPages(outDir)}`);
console.log(`största minne   ${(peakBytes / 2 ** 20).toFixed(0)} MiB (alla byggets processer tillsammans, mätt var 200:e ms)`);
if (!values.keep) rmSync(work, { recursive: true, force: true });

/** Resident memory of a process and all its descendants, read from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}
