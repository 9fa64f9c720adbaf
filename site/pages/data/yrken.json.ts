import type { APIRoute } from 'astro';
import { occupationChoices } from '../../../core/reference/occupations.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** The occupation picker's names: JobTech occupation names and SSYK groups, with their SSYK codes. */
export const GET: APIRoute = () => jsonResponse(occupationChoices);
