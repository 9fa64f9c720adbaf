import type { APIRoute } from 'astro';
import { jsonResponse, jsonSchemaOf } from '../../lib/open-data.ts';

export function getStaticPaths() {
  return [{ params: { kind: 'insatser' } }, { params: { kind: 'leverantorer' } }];
}

export const GET: APIRoute = ({ params, site }) => jsonResponse(jsonSchemaOf(params.kind as 'insatser' | 'leverantorer', site!));
