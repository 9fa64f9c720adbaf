import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.CATALOGUE_DIR;
if (!base) throw new Error('CATALOGUE_DIR saknas: mappen med den genererade katalogen');

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base }) }),
};
