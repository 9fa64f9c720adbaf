import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { regionAllocations } from '../../../core/catalogue/allocation.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** Every FA-region's rule for which of its jobbspår suppliers an employer's LOI goes to. */
export const GET: APIRoute = async () => {
  const [routing, suppliers] = await Promise.all([getCollection('routning'), getCollection('leverantorer')]);
  return jsonResponse(
    regionAllocations(
      routing.map((entry) => entry.data),
      suppliers.map((entry) => ({ slug: entry.id, ...entry.data })),
    ),
  );
};
