/** A staff person's way through the portal process: signing in from the mailed link, and the session's CSRF token. */
import { expect } from 'vitest';
import { postLoi } from './loi-fixture.ts';
import { linkFor, readOutbox, statusLinkFor, type PortalProcess } from './portal-process.ts';
import { validLoi } from '../../scripts/examples.ts';
import { runCommand } from './signal-fixture.ts';

export const postForm = (portal: PortalProcess, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(portal.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

export const getPage = (portal: PortalProcess, path: string, cookie?: string) =>
  fetch(portal.url + path, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });

export async function mailedToken(portal: PortalProcess, email: string): Promise<string> {
  return (await linkFor(portal.outboxDir, email, '/personal/logga-in/lank/')).searchParams.get('token')!;
}

/** Signs in from the mail as a person does; the session's cookie as the browser sends it back, and the whole Set-Cookie. */
export async function signIn(portal: PortalProcess, email: string): Promise<{ cookie: string; setCookie: string }> {
  await postForm(portal, '/api/session/link', { epost: email });
  const response = await postForm(portal, '/api/session', { token: await mailedToken(portal, email) });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/personal/');
  const setCookie = response.headers.get('set-cookie')!;
  return { cookie: setCookie.split(';')[0]!, setCookie };
}

/** The session's CSRF token, as the pages' forms carry it. */
export async function csrfOf(portal: PortalProcess, cookie: string): Promise<string> {
  const page = await getPage(portal, '/personal/', cookie);
  expect(page.status).toBe(200);
  return /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
}

/** An employer's LOI for a workplace in `kommun`, submitted and confirmed from the mail: its id, reference and status link. */
export async function confirmedLoi(portal: PortalProcess, kommun: string, epost: string) {
  const submitted = await postLoi(
    portal.url,
    { ...validLoi({ epost }), arbetsplatsKommun: kommun },
    `loi-${epost.replace(/[^a-z0-9]/gi, '-')}`,
  );
  expect(submitted.status).toBe(201);
  const { id, reference } = (await submitted.json()) as { id: string; reference: string };
  const link = await statusLinkFor(portal.outboxDir, epost);
  const confirmed = await fetch(`${portal.url}/api/loi/${id}/confirm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${link.searchParams.get('token')}` },
  });
  expect(confirmed.status).toBe(200);
  return { id, reference, link };
}

/** The mails to `to` whose subject starts with `subject`. */
export const mailsTo = async (portal: PortalProcess, to: string, subject: string) =>
  (await readOutbox(portal.outboxDir)).filter((m) => m.to === to && m.subject.startsWith(subject));

/** A signed-in person's session: its cookie, and the CSRF token its forms carry. */
export interface StaffSession {
  cookie: string;
  csrf: string;
}

/** A call of the staff API in `session`: a GET without a body, a JSON POST with one. */
export const staffApi = (
  portal: PortalProcess,
  session: StaffSession,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(portal.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Cookie: session.cookie,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** Adds a person to an organisation with the staff command, as its admin would. */
export const addStaff = (portal: PortalProcess, email: string, organisation: string, role: string, name: string) =>
  runCommand('staff', ['add', email, organisation, role, name], portal.dataDir);

/** Signs each of `people` in: their sessions, by the same names. */
export async function signInAll<K extends string>(portal: PortalProcess, people: Record<K, string>): Promise<Record<K, StaffSession>> {
  const sessions = {} as Record<K, StaffSession>;
  for (const [who, email] of Object.entries(people) as [K, string][]) {
    const { cookie } = await signIn(portal, email);
    sessions[who] = { cookie, csrf: await csrfOf(portal, cookie) };
  }
  return sessions;
}
