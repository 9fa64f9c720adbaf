import type { APIRoute } from 'astro';
import { faRegionPaths, mapViewBox } from '../../lib/map.ts';
import { jsonResponse } from '../../lib/open-data.ts';

/** The FA-regions' outlines as SVG paths, for the statistics map the functions draw on request. */
export const GET: APIRoute = () => jsonResponse({ viewBox: mapViewBox, regions: faRegionPaths() });
