/**
 * The catalogue as Astro content collections. Every collection is read by the catalogue loader
 * (core/catalogue/load.ts), which validates all files together so that a bad edit stops the build
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

type LoaderContext = Parameters<Loader['load']>[0];
type RenderMarkdown = LoaderContext['renderMarkdown'];
type Prepared = { [K in keyof Catalogue]: (Catalogue[K][number] & { rendered: Awaited<ReturnType<RenderMarkdown>> })[] };

// The collections are loaded in one build: the files are read and checked once for all of them, and
// their markdown rendered, before any loader puts an entry into Astro's store. Each loader then fills
// its collection without a pause: Astro saves its store to disk a moment after the last change, and a
// save begun while the store is half filled can, under load, overwrite the full one (withastro/astro
// #15453), leaving a collection empty. What was prepared is let go once every collection has its
// entries, so the build does not hold the catalogue twice while it renders the pages.
let prepared: Promise<Prepared> | undefined;
const waiting = new Set<keyof Catalogue>();

async function prepare({ renderMarkdown, logger }: LoaderContext): Promise<Prepared> {
  // A bad edit stops the build here, with the Swedish list of `npm run check:content`; stale entries are only warned of.
  const catalogue = loadValidCatalogue({ warn: (warning) => logger.warn(warning) });
  const rendered = async <E extends { body: string }>(entries: E[]) => {
    const done = [];
    for (const entry of entries) done.push({ ...entry, rendered: await renderMarkdown(entry.body) });
    return done;
  };
  return {
    insatser: await rendered(catalogue.insatser),
    leverantorer: await rendered(catalogue.leverantorer),
    regioner: await rendered(catalogue.regioner),
    valet: await rendered(catalogue.valet),
    routning: await rendered(catalogue.routning),
  };
}

function catalogueLoader(kind: keyof Catalogue): Loader {
  waiting.add(kind);
  return {
    name: `katalog-${kind}`,
    load: async (context) => {
      prepared ??= prepare(context);
      const entries = (await prepared)[kind];
      waiting.delete(kind);
      if (waiting.size === 0) prepared = undefined;
      const { store } = context;
      store.clear();
      for (const entry of entries)
        store.set({ id: entry.slug, data: entry.data, body: entry.body, rendered: entry.rendered, filePath: entry.file });
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
