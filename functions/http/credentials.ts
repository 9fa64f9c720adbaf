/** Credentials of a request: a private link's token or a supplier's key. */
import type { Body } from './body.ts';
import type { HttpRequest } from './types.ts';

/** The token of an "Authorization: Bearer …" header. */
export const bearerOf = (request: HttpRequest) => /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();

/** A private link's token, from a bearer header, a posted form, a JSON body or the query. */
export function tokenOf(request: HttpRequest, body?: Body): string | undefined {
  const bearer = bearerOf(request);
  if (bearer) return bearer;
  if (body?.kind === 'form') return body.params.get('token') ?? undefined;
  if (body?.kind === 'json' && typeof body.value === 'object' && body.value !== null) {
    const token = (body.value as { token?: unknown }).token;
    if (typeof token === 'string') return token;
  }
  return request.query.get('token') ?? undefined;
}
