import type { APIRoute } from 'astro';
import { csvResponse, interventionRecords, toCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => csvResponse(toCsv(await interventionRecords(site!)));
