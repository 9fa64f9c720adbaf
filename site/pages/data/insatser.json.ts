import type { APIRoute } from 'astro';
import { interventionRecords, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(await interventionRecords(site!));
