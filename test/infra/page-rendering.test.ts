/**
 * The Lambda bundles render pages with Preact in React's place (infra/handler-function.ts); the
 * local server, the tests and the static site use React. Both must give the same document.
 */
import { expect, it } from 'vitest';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverRendererAlias } from '../../infra/handler-function.ts';
import { loiSchema } from '../../core/contracts/loi.ts';
import { validLoi } from '../../scripts/examples.ts';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { suppliersInKommun } from '../../core/catalogue/kommun-suppliers.ts';
import { publishedSupplier } from '../../core/catalogue/results.ts';
import { kommunCentres, type KommunOutlines } from '../../core/reference/distance.ts';
import { contentDir, projectDir } from '../support/paths.ts';

const view = {
  id: '00000000-0000-4000-8000-000000000000',
  reference: 'LOI-2026-000042',
  status: 'received',
  history: [
    { status: 'unconfirmed', at: '2026-11-20T09:00:00Z' },
    { status: 'received', at: '2026-11-20T09:05:00Z' },
  ],
  fa: '23',
  createdAt: '2026-11-20T09:00:00Z',
  loi: { ...loiSchema.parse(validLoi()), ovrigt: 'Två rader\nmed "citat" & <tecken>' },
  recipients: [{ role: 'kommun', organisation: 'Södertälje kommun' }],
  unrouted: ['leverantor'],
  matches: [
    { slug: 'yrkesvux-restaurang', titel: 'Yrkesvux restaurang', typ: 'yrkesvux', url: '/insatser/yrkesvux-restaurang/', ssyk: ['5120'] },
  ],
  responsible: { name: 'Sara Svensson', organisationName: 'Södertälje kommun', email: 'sara@sodertalje.example', phone: '08-523 010 00' },
  messages: [{ at: '2026-11-21T10:00:00Z', from: 'Sara Svensson, Södertälje kommun', text: 'Hej!\nJag ringer på tisdag.' }],
};

// Malmö's suppliers: a paused one, one with too few participants, ratings and satisfaction.
const centres = kommunCentres(JSON.parse(readFileSync(join(contentDir, 'referens/kommuner.geojson'), 'utf8')) as KommunOutlines);
const suppliers = suppliersInKommun(
  loadCatalogue(contentDir).catalogue.leverantorer.map((s) => ({ slug: s.slug, ...publishedSupplier(s.data) })),
  '1280',
  centres,
);

async function render(alias: Record<string, string>): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'render-')), 'render.mjs');
  await build({
    entryPoints: [join(projectDir, 'test/support/render-pages.tsx')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    outfile,
    alias,
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return execFileSync(process.execPath, [outfile, JSON.stringify({ view, suppliers })], { encoding: 'utf8' });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);

/** Tags with their attributes in order, names in lower case, boolean attributes as "", and text. */
function documentOf(html: string): string[] {
  const tokens: string[] = [];
  for (const [, text, tag] of html.matchAll(/([^<]+)|(<(?:[^>"]|"[^"]*")+>)/g)) {
    if (text) {
      if (text.trim()) tokens.push(`text ${decode(text).trim()}`);
      continue;
    }
    const [, close, name, rest] = /^<(\/?)([a-zA-Z0-9-]+)([\s\S]*?)\/?>$/.exec(tag!)!;
    const attributes = [...rest!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)]
      .map(([, key, value]) => `${key!.toLowerCase()}=${decode(value ?? '')}`)
      .sort();
    tokens.push(`${close}${name} ${attributes.join(' ')}`);
  }
  return tokens;
}

it('renders the pages to the same document with Preact as with React', async () => {
  const [react, preact] = await Promise.all([render({}), render(serverRendererAlias)]);
  expect(react).toContain('LOI-2026-000042');
  expect(react).toContain('<html lang="ar" dir="rtl">');
  expect(react.match(/<li class="lev-card"/g)?.length).toBeGreaterThanOrEqual(suppliers.length);
  expect(documentOf(preact)).toEqual(documentOf(react));
}, 120_000);
