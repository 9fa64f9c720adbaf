/**
 * Staff sign-in without passwords, and sessions. A person asks for a link with the e-mail address;
 * the link (single use, for a short time) goes by mail; opening it shows a button whose POST uses
 * the link up and starts a session. Only SHA-256 hashes of the link's token and the session's id
 * are stored. A session ends after its idle time or when the person signs out.
 *
 * Every form that changes something carries the session's CSRF token: a random token stored with
 * the session (a synchronizer token) rather than an HMAC of the session id, so there is no server
 * key to share between the functions and rotate, and the token ends with its session.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import * as z from 'zod';
import { config } from '../config.ts';
import { sendMail } from '../mail/index.ts';
import { getPerson, type Person } from '../store/people.ts';
import {
  createSession,
  createSignInLink,
  deleteSession,
  getSignInLink,
  touchSession,
  consumeSignInLink,
  type SignInLink,
} from '../store/sessions.ts';
import { epochSeconds } from '../store/table.ts';
import { fill, translations } from '../../core/i18n/index.ts';
import { signInLinkPath } from '../../core/paths.ts';
import { Conflict, Forbidden, NotFound } from './errors.ts';
import { normaliseEmail, staffEmail } from './people.ts';
import { hashToken, newToken, tokenMatches } from './tokens.ts';
import { logError } from '../log.ts';

const t = translations().staff;

/** The link's lifetime as its mail and pages tell it. */
export const signInLinkMinutes = () => Math.max(1, Math.round(config.signInLinkSeconds / 60));

/**
 * A request for a link is answered no sooner than this, whether a mail went or not, so that the
 * time tells nothing of whether the address has an account. Well above the lookup, the link's
 * write and a message sent through SES.
 */
const answerFloorMs = 500;

/** What the sign-in form sends: the e-mail address. */
export const signInRequest = z.object({ epost: staffEmail });

/** Mails a sign-in link if the address belongs to a person; the same answer, in the same time, if not. */
export async function requestSignInLink(address: string): Promise<void> {
  const floor = sleep(answerFloorMs);
  const person = await getPerson(normaliseEmail(address));
  if (person) await sendSignInLink(person);
  await floor;
}

/**
 * A sign-in link is no delivery kept for retries: only its hash is stored, so it could not be sent
 * again. A person whose mail did not come asks for another link.
 */
async function sendSignInLink(person: Person, now = new Date()) {
  const token = newToken();
  await createSignInLink(hashToken(token), {
    email: person.email,
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + config.signInLinkSeconds,
  });
  const mail = {
    to: person.email,
    subject: t.mail.subject,
    text: fill(t.mail.body, { link: new URL(signInLinkPath(token), config.publicUrl).href, minutes: signInLinkMinutes() }),
  };
  await sendMail(mail).catch((error: unknown) => logError({ message: 'sign-in mail failed', error: String(error) }));
}

/** Why a link cannot sign in: unknown (or forged, or purged), used, or expired. */
function refusal(link: SignInLink | undefined) {
  const because = (message: string) => [{ path: 'token', message }];
  if (!link) return new NotFound(t.refused.title, because(t.refused.unknown));
  if (link.usedAt) return new Conflict(t.refused.title, because(t.refused.used));
  return new NotFound(t.refused.title, because(fill(t.refused.expired, { minutes: signInLinkMinutes() })));
}

/** Refuses a link that can no longer sign in, without using it up: the page behind the link asks first. */
export async function checkSignInLink(token: string | undefined): Promise<void> {
  const link = token ? await getSignInLink(hashToken(token)) : undefined;
  if (!link || link.usedAt || link.expiresAt <= epochSeconds()) throw refusal(link);
}

/** The person signed in, and the session's secrets: its id for the cookie, its CSRF token for the forms. */
export interface SignedIn {
  person: Person;
  sessionId: string;
  csrfToken: string;
}

/** Uses the link up (one conditional write: a second use fails) and starts the person's session. */
export async function signInWithLink(token: string | undefined): Promise<SignedIn> {
  const now = new Date();
  const tokenHash = token ? hashToken(token) : undefined;
  const link = tokenHash && (await consumeSignInLink(tokenHash, epochSeconds(now), now.toISOString()));
  if (!link) throw refusal(tokenHash ? await getSignInLink(tokenHash) : undefined);
  // Removed since the link was sent: the link no longer leads anywhere.
  const person = await getPerson(link.email);
  if (!person) throw refusal(undefined);
  return startSession(person, now);
}

/**
 * Starts a session for a person whose identity is verified: here by a sign-in link; by an identity
 * provider's answer (OIDC, SAML) once one is plugged in. The session's id is shown only to the caller.
 */
export async function startSession(person: Person, now = new Date()): Promise<SignedIn> {
  const sessionId = newToken();
  const csrfToken = newToken();
  await createSession(hashToken(sessionId), {
    email: person.email,
    csrfToken,
    startedAt: now.toISOString(),
    expiresAt: epochSeconds(now) + config.sessionIdleSeconds,
  });
  return { person, sessionId, csrfToken };
}

/**
 * Who is signed in with a session id, the session's idle time started again; undefined for none,
 * an ended or expired session, or a person removed since.
 */
export async function resumeSession(sessionId: string | undefined): Promise<SignedIn | undefined> {
  if (!sessionId) return undefined;
  const nowSeconds = epochSeconds();
  const session = await touchSession(hashToken(sessionId), nowSeconds, nowSeconds + config.sessionIdleSeconds);
  const person = session && (await getPerson(session.email));
  return person && { person, sessionId, csrfToken: session.csrfToken };
}

export const endSession = (sessionId: string) => deleteSession(hashToken(sessionId));

/** The one check of every change a signed-in person asks for: the form carries the session's CSRF token. */
export function requireCsrfToken(signedIn: SignedIn, token: string | undefined): void {
  if (!token || !tokenMatches(token, [hashToken(signedIn.csrfToken)]))
    throw new Forbidden(t.refused.formTitle, [{ path: 'csrf', message: t.refused.csrf }]);
}
