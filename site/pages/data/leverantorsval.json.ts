import type { APIRoute } from 'astro';
import { jobseekerLanguages } from '../../../core/i18n/index.ts';
import type { ChoicePageData } from '../../../core/catalogue/kommun-suppliers.ts';
import { kommunCentres } from '../../lib/distance.ts';
import { explanation } from '../../lib/jobseeker.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** What the supplier pages the functions render on request need besides the catalogue. */
export const GET: APIRoute = async () => {
  const explained = await Promise.all(jobseekerLanguages.map(async (language) => ((await explanation(language)) ? [language] : [])));
  return jsonResponse({ mittpunkter: kommunCentres(), forklaring: explained.flat() } satisfies ChoicePageData);
};
