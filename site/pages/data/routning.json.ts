import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../lib/open-data.ts';

/** The routing tables: who receives needs signals and gap reports from each area. */
export const GET: APIRoute = async () => jsonResponse((await getCollection('routning')).flatMap((entry) => entry.data.mottagare ?? []));
