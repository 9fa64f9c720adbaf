/**
 * `npm run audit:lighthouse`: Lighthouse's four scores (performance, accessibility, best practices,
 * SEO) for the pages a visitor meets first, on the mobile preset, against a portal that is already
 * running (`npm start`; `--url` for another address). It builds and starts nothing itself. Chromium
 * is /usr/bin/chromium unless CHROMIUM_PATH says otherwise. Exits with 1 when a score is below `--min`.
 */
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { loiPageRoutes } from '../core/paths.ts';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://localhost:4321' }, min: { type: 'string', default: '95' } },
});
const pages = ['/', '/insatser/', '/region/23/', '/leverantorer/kommun/1280/', loiPageRoutes.form, '/statistik/'];
const categories = { performance: 'prestanda', accessibility: 'tillgänglighet', 'best-practices': 'god praxis', seo: 'SEO' } as const;

// Lighthouse drives the browser over its debugging port.
const debuggingPort = 9333;
const chrome = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debuggingPort}`],
});
const rows: { page: string; scores: number[]; failing: string[] }[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(new URL(page, values.url).href, {
      port: debuggingPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(categories),
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse gav inget resultat för ${page}`);
    const { categories: scored, audits } = result.lhr;
    // What costs points, for a page below the bar: the audits of its categories that did not pass.
    const failing = Object.values(scored)
      .filter((category) => (category.score ?? 0) * 100 < Number(values.min))
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9))
      .map((ref) => `${ref.id}: ${audits[ref.id]?.displayValue ?? audits[ref.id]?.title}`);
    rows.push({ page, scores: Object.keys(categories).map((id) => Math.round((scored[id]?.score ?? 0) * 100)), failing });
  }
} finally {
  await chrome.close();
}

const header = ['sida', ...Object.values(categories)];
const table = [header, ...rows.map((row) => [row.page, ...row.scores.map(String)])];
const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n'));

const below = rows.filter((row) => row.scores.some((score) => score < Number(values.min)));
if (below.length > 0) {
  for (const row of below) console.error(`\nUnder ${values.min}: ${row.page}\n  ${row.failing.join('\n  ')}`);
  process.exitCode = 1;
}
