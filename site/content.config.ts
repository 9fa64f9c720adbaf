/**
 * The catalogue as Astro content collections. Every collection is read by the catalogue loader
 * (site/catalogue/load.ts), which validates all files together so that a bad edit stops the build
 * with one Swedish list of problems, each naming its file and field.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadValidCatalogue, type Catalogue } from '../core/catalogue/load.ts';
import { insatsSchema } from '../core/catalogue/schemas/insats.ts';
import { leverantorSchema } from '../core/catalogue/schemas/leverantor.ts';
import { regionTextSchema } from '../core/catalogue/schemas/region.ts';
import { valetSchema } from '../core/catalogue/schemas/valet.ts';
import { routingSchema } from '../core/catalogue/schemas/routning.ts';

// The collections are loaded in one build: read and check the files once for all of them, and let
// go of what was read once every collection is in Astro's store, so the build does not hold the
// catalogue twice while it renders the pages.
let loaded: Catalogue | undefined;
const waiting = new Set<keyof Catalogue>();

function catalogueLoader(kind: keyof Catalogue): Loader {
  waiting.add(kind);
  return {
    name: `katalog-${kind}`,
    load: async ({ store, renderMarkdown }) => {
      loaded ??= loadValidCatalogue();
      const entries = loaded[kind];
      waiting.delete(kind);
      if (waiting.size === 0) loaded = undefined;
      store.clear();
      for (const entry of entries) {
        store.set({
          id: entry.slug,
          data: entry.data,
          body: entry.body,
          rendered: await renderMarkdown(entry.body),
          filePath: entry.file,
        });
      }
    },
  };
}

export const collections = {
  insatser: defineCollection({ loader: catalogueLoader('insatser'), schema: insatsSchema }),
  leverantorer: defineCollection({ loader: catalogueLoader('leverantorer'), schema: leverantorSchema }),
  regioner: defineCollection({ loader: catalogueLoader('regioner'), schema: regionTextSchema }),
  valet: defineCollection({ loader: catalogueLoader('valet'), schema: valetSchema }),
  routning: defineCollection({ loader: catalogueLoader('routning'), schema: routingSchema }),
};
