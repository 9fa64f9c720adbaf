import type { APIRoute } from 'astro';
import { jsonResponse, supplierRecords } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(await supplierRecords(site!));
