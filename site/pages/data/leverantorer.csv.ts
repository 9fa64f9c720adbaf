import type { APIRoute } from 'astro';
import { csvResponse, supplierRecords, recordsToCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => csvResponse(recordsToCsv(await supplierRecords(site!)));
