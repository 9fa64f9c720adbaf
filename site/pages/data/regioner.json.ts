import type { APIRoute } from 'astro';
import { catalogue } from '../../lib/catalogue.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** The FA-regions' own texts: their contacts, to whom submissions from the region are sent. */
export const GET: APIRoute = async () => {
  const { regionText } = await catalogue();
  return jsonResponse([...regionText.values()].map((entry) => entry.data));
};
