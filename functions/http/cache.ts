/**
 * Public figures that change at most once a minute: cached for a short while by browsers and
 * CloudFront, with an ETag so that asking again costs a 304 once the cache time is over.
 */
import { createHash } from 'node:crypto';
import type { HttpRequest, HttpResponse } from './types.ts';

const maxAgeSeconds = 60;

export function cachedPublicly(request: HttpRequest, response: HttpResponse): HttpResponse {
  const etag = `"${createHash('sha256').update(response.body).digest('base64url').slice(0, 22)}"`;
  const headers = { ...response.headers, 'Cache-Control': `public, max-age=${maxAgeSeconds}`, ETag: etag };
  const asked = request.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (asked?.includes(etag) || asked?.includes('*')) return { status: 304, headers, body: '' };
  return { ...response, headers };
}
