// @ts-check
// The bare Astro site that `npm run bench:build` measures the portal against: the same generated
// markdown files, read by Astro's own glob loader, one minimal page per file. Nothing of the portal.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
