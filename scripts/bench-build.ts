/**
 * `npm run bench:build -- --interventions 10000 --suppliers 1000 [--growth] [--keep]`: generates a
 * synthetic catalogue in a temporary folder and builds, from the same files and on the same machine,
 * the portal (Astro, whose content sync checks the catalogue, and Pagefind: `npm run build`) and a bare Astro site that loads the
 * files with Astro's glob loader and renders one minimal page per file (`scripts/bench-baseline/`).
 * It prints time, pages and peak memory of both, and the portal's time per page as a ratio to the
 * baseline's: a figure that means the same on a fast and a slow machine.
 * `--growth` also builds the portal at 1,000 and 50,000 interventions and prints each time as a ratio
 * to the time at the size asked for, so a cost that grows faster than the catalogue shows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue } from './generate-catalogue.ts';

const { values } = parseArgs({
  options: {
    interventions: { type: 'string', default: '10000' },
    suppliers: { type: 'string', default: '1000' },
    growth: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const interventions = Number(values.interventions);
const suppliers = Number(values.suppliers);
const baselineRoot = resolve(import.meta.dirname, 'bench-baseline');
const work = mkdtempSync(join(tmpdir(), 'bench-build-'));

interface Build {
  seconds: number;
  pages: number;
  peakMiB: number;
}

const catalogue = generate(interventions);
const portal = await build('portalen', ['npm', 'run', 'build'], catalogue);
// The portal's build always reads the catalogue afresh (astro.config.mjs, freshContentStore); so does the
// baseline's, not from the content cache of its previous run, which skips the files it has seen.
rmSync(join(baselineRoot, 'node_modules', '.astro'), { recursive: true, force: true });
const baseline = await build('ren Astro', ['npx', 'astro', 'build'], catalogue, baselineRoot);
const perPage = (b: Build) => b.seconds / b.pages;

console.log('');
console.log(`${interventions} insatser, ${suppliers} leverantörer`);
console.log(
  table(
    ['', 'byggtid', 'sidor', 'ms per sida', 'största minne'],
    [portal, baseline].map((b, i) => [
      i === 0 ? 'portalen' : 'ren Astro',
      `${b.seconds.toFixed(1)} s`,
      String(b.pages),
      (perPage(b) * 1000).toFixed(2),
      `${b.peakMiB.toFixed(0)} MiB`,
    ]),
  ),
);
console.log(`portalen ÷ ren Astro per sida: ${(perPage(portal) / perPage(baseline)).toFixed(2)}`);
console.log(`portalen ÷ ren Astro i minne:  ${(portal.peakMiB / baseline.peakMiB).toFixed(2)}`);

if (values.growth) {
  const sizes = [1000, 50000].filter((n) => n !== interventions);
  const rows: string[][] = [[String(interventions), `${portal.seconds.toFixed(1)} s`, String(portal.pages), '1.00']];
  for (const size of sizes) {
    const grown = await build('portalen', ['npm', 'run', 'build'], generate(size));
    rows.push([String(size), `${grown.seconds.toFixed(1)} s`, String(grown.pages), (grown.seconds / portal.seconds).toFixed(2)]);
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  console.log('');
  console.log(`Portalens byggtid när katalogen växer (÷ tiden vid ${interventions} insatser):`);
  console.log(table(['insatser', 'byggtid', 'sidor', 'kvot'], rows));
}

if (values.keep) console.log(`\nKataloger och byggen ligger kvar i ${work}`);
else rmSync(work, { recursive: true, force: true });

function generate(count: number): string {
  const dir = join(work, `content-${count}`);
  console.log(`Genererar ${count} insatser och ${suppliers} leverantörer i ${dir} …`);
  generateCatalogue({ out: dir, interventions: count, suppliers, seed: 1 });
  return dir;
}

/** Runs one build of the catalogue in `catalogueDir` into a folder of its own, sampling its memory. */
async function build(name: string, command: string[], catalogueDir: string, cwd = process.cwd()): Promise<Build> {
  const outDir = join(work, `dist-${name.replace(/\W+/g, '-')}-${readdirSync(work).length}`);
  console.log(`Bygger ${name} (${command.join(' ')}) …`);
  const started = process.hrtime.bigint();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, CATALOGUE_DIR: catalogueDir, SITE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 200);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (status !== 0) {
    console.error(`Bygget av ${name} misslyckades (kod ${status}); katalogen ligger kvar i ${catalogueDir}`);
    process.exit(1);
  }
  return { seconds, pages: countPages(outDir), peakMiB: peakBytes / 2 ** 20 };
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

/** Resident memory of a process and all its descendants, read from /proc (Linux), all processes summed. */
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
