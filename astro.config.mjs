// @ts-check
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import * as pagefind from 'pagefind';

// The content schemas use the zod that Astro ships (zod 3, via astro/zod); the API contracts use
// zod 4 (the project's own `zod`). Astro's bundled code must keep finding its own copy.
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const astroZod = astroRequire.resolve('zod');

/** @returns {import('vite').Plugin} */
const astroKeepsItsZod = () => ({
  name: 'astro-keeps-its-zod',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'zod' && importer && /[\\/]node_modules[\\/]astro[\\/]/.test(importer)) return astroZod;
  },
});

/**
 * In the browser, Preact in React's place: the islands (the forms, the occupation picker) keep their
 * React code and the build still renders them with React, but the script a visitor downloads carries
 * Preact's 4 kB runtime instead of react-dom's 60 kB. The Lambda bundles do the same for their
 * server rendering (infra/handler-function.ts); test/browser runs the forms on this build.
 * @returns {import('vite').Plugin}
 */
const preactInTheBrowser = () => {
  const inBrowser = {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
    'react/jsx-dev-runtime': 'preact/jsx-runtime',
  };
  return {
    name: 'preact-in-the-browser',
    enforce: 'pre',
    resolveId(source, importer, options) {
      const target = inBrowser[/** @type {keyof typeof inBrowser} */ (source)];
      if (!target || options?.ssr) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
};

/**
 * Starts every build from an empty content store. Astro keeps the last build's store on disk
 * (node_modules/.astro/data-store.json) and loads it first; if its debounced save of that old store
 * is still writing when the loaders have filled the new one, the final save is queued with the old
 * snapshot (withastro/astro#15453), and the pages are built from the previous catalogue: an edit
 * that seems not to take, or another CATALOGUE_DIR's entries. The catalogue's loaders read every
 * file on each build anyway, so the stored copy saves nothing.
 * @returns {import('astro').AstroIntegration}
 */
const freshContentStore = () => ({
  name: 'fresh-content-store',
  hooks: {
    'astro:config:setup': ({ config, command }) => {
      if (command === 'build') rmSync(new URL('data-store.json', config.cacheDir), { force: true });
    },
  },
});

const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/**
 * Copies the browser editor (Decap CMS's standalone script, its chunks and their WebAssembly) next to
 * /redigera/, the only page that loads it; the source maps and the other builds stay behind.
 * @returns {import('astro').AstroIntegration}
 */
const browserEditor = () => ({
  name: 'browser-editor',
  hooks: {
    'astro:build:done': ({ dir }) => {
      cpSync(decapDist, join(fileURLToPath(dir), 'redigera'), {
        recursive: true,
        filter: (path) => path === decapDist || /(^|[\\/])([0-9]+\.)?decap-cms\.js$|\.wasm$/.test(path),
      });
    },
  },
});

/**
 * The language of a built folder's own page, e.g. "en" for en/index.html; undefined when it has none.
 * @param {string} folder
 */
function folderLanguage(folder) {
  try {
    return /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(join(folder, 'index.html'), 'utf8').slice(0, 300))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The search index (Pagefind, which /sok/ reads), written to pagefind/ in the built site. Only the
 * Swedish pages are searched (Base.astro's `searchable`), so Pagefind is not even given the folders
 * of the pages in other languages to read (en/, ar/: 2,600 pages of a national catalogue).
 * @returns {import('astro').AstroIntegration}
 */
const searchIndex = () => ({
  name: 'search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const folders = readdirSync(site, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && (folderLanguage(join(site, entry.name)) ?? 'sv') === 'sv')
        .map((entry) => entry.name);
      try {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind startade inte: ${errors.join('; ')}`);
        const read = await index.addDirectory({ path: site, glob: `{*.html,{${folders.join(',')}}/**/*.html}` });
        if (read.errors.length > 0) throw new Error(`Sökindexet kunde inte läsa sidorna: ${read.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Sökindexet kunde inte skrivas: ${written.errors.join('; ')}`);
        logger.info(`sökindexet skrivet till pagefind/ (${read.page_count} sidor lästa)`);
      } finally {
        await pagefind.close();
      }
    },
  },
});

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Four pages at a time: while one page's file is written, the next is rendered (10,000
  // interventions: pages 43–50 → 40 s; more than four gains nothing).
  build: { format: 'directory', concurrency: 4 },
  // Pages are written whole to files, so React renders each component to a string rather than a stream.
  integrations: [freshContentStore(), react({ experimentalDisableStreaming: true }), searchIndex(), browserEditor()],
  vite: { plugins: [astroKeepsItsZod(), preactInTheBrowser()] },
  // The portal is one static site; the API is served beside it, so no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
});
