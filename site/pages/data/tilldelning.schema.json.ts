import type { APIRoute } from 'astro';
import { publishedAllocationSchema } from '../../../core/catalogue/schemas/routning.ts';
import { translations } from '../../../core/i18n/index.ts';
import { jsonResponse, listSchema } from '../../lib/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  jsonResponse(listSchema(publishedAllocationSchema, { name: 'tilldelning', title: translations().data.allocation }, site!));
