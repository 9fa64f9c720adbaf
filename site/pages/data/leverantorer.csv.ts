import type { APIRoute } from 'astro';
import { csvResponse, supplierRecords, toCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => csvResponse(toCsv(await supplierRecords(site!)));
