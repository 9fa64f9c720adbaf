import type { APIRoute } from 'astro';
import { csvResponse, interventionRecords, recordsToCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => csvResponse(recordsToCsv(await interventionRecords(site!)));
