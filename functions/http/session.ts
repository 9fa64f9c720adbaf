/**
 * The staff session over HTTP: its cookie, who is signed in, and the CSRF defences of the forms.
 *
 * The cookie holds the session's random id (the store keeps its SHA-256), HttpOnly and
 * SameSite=Lax, for the whole site. Where the portal is served over HTTPS (on AWS) it is Secure
 * and named with the `__Host-` prefix, which the browser accepts only from the site itself,
 * Secure and with Path=/; locally, over plain HTTP, it is neither.
 */
import { parse, serialize } from 'cookie';
import { config } from '../config.ts';
import { Forbidden, Unauthorized } from '../domain/errors.ts';
import { requireCsrfToken, resumeSession, type SignedIn } from '../domain/sessions.ts';
import { translations } from '../../core/i18n/index.ts';
import type { Body } from './body.ts';
import type { HttpRequest, HttpResponse } from './types.ts';

const t = translations().staff;

const secure = new URL(config.publicUrl).protocol === 'https:';
const cookieName = secure ? '__Host-session' : 'session';
const attributes = { httpOnly: true, secure, sameSite: 'lax', path: '/' } as const;

/** The answer, with the cookie that holds a new session's id. */
export const withSessionCookie = (response: HttpResponse, sessionId: string): HttpResponse => ({
  ...response,
  headers: { ...response.headers, 'Set-Cookie': serialize(cookieName, sessionId, attributes) },
});

/** The answer, with the cookie that makes the browser forget the session. */
export const withSessionCleared = (response: HttpResponse): HttpResponse => ({
  ...response,
  headers: { ...response.headers, 'Set-Cookie': serialize(cookieName, '', { ...attributes, maxAge: 0 }) },
});

/** What an API client is told of the person signed in, and the token its changes must carry. */
export const signedInView = ({ person: { email, name, organisation, role }, csrfToken }: SignedIn) => ({
  person: { email, name, organisation, role },
  csrfToken,
});

const sessionIdOf = (request: HttpRequest) => parse(request.headers.cookie ?? '')[cookieName] || undefined;

/** Who is signed in, from the request's session cookie: the one way every staff route tells. Without a live session, unauthorized. */
export async function requireSignedIn(request: HttpRequest): Promise<SignedIn> {
  const found = await resumeSession(sessionIdOf(request));
  if (!found)
    throw new Unauthorized('Du är inte inloggad', [{ path: '', message: 'Logga in på /personal/logga-in/ och försök igen' }], 'personal');
  return found;
}

/**
 * The person signed in, for a request that changes something: it must carry the session's CSRF
 * token, in the form's `csrf` field or a JSON client's X-CSRF-Token header.
 */
export async function requireSignedInForChange(request: HttpRequest, body: Body | undefined): Promise<SignedIn> {
  const found = await requireSignedIn(request);
  const token = request.headers['x-csrf-token'] ?? (body?.kind === 'form' ? (body.params.get('csrf') ?? undefined) : undefined);
  requireCsrfToken(found, token);
  return found;
}

/**
 * The CSRF defence of the two forms posted before there is a session (ask for a link, sign in
 * with it), which have no session to bind a token to: a browser says where a form comes from,
 * in Sec-Fetch-Site or else Origin, and one from another site is refused. A request with neither
 * header is no browser's, and cannot carry a victim's cookies or act in their name.
 */
export function requireSameSite(request: HttpRequest): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const sameSite = site ? site === 'same-origin' || site === 'none' : !origin || origin === new URL(config.publicUrl).origin;
  if (!sameSite) throw new Forbidden(t.refused.formTitle, [{ path: '', message: t.refused.otherSite }]);
}
