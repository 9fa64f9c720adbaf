// @ts-check
import { createRequire } from 'node:module';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

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

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
  vite: { plugins: [astroKeepsItsZod()] },
  // The portal is one static site; the API is served beside it, so no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
});
