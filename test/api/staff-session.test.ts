/**
 * Staff sign-in against the portal process, people added with `npm run staff` while it runs: a
 * link by mail for a known address and the same answer for an unknown one, a page behind the link
 * whose button (not the link) signs in, the session's cookie, CSRF tokens, sign-out, and links and
 * sessions that run out (their times made short through the settings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { linkFor, readOutbox, startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { withoutRateLimits } from '../../scripts/portal-process.ts';
import { runCommand } from '../support/signal-fixture.ts';
import { csrfOf, getPage, mailedToken, postForm, signIn } from '../support/staff.ts';

const known = 'hanna.handlaggare@malmo.exempel.se';

const post = postForm;
const get = getPage;
const askForLink = (portal: PortalProcess, epost: string) => post(portal, '/api/session/link', { epost });
const postLinkToken = (portal: PortalProcess, token: string, headers?: Record<string, string>) =>
  post(portal, '/api/session', { token }, headers);

describe('signing in', () => {
  let portal: PortalProcess;
  beforeAll(async () => {
    // These sign one person in more often in a minute than the limits let anyone (tested below).
    portal = await startPortalProcess({ env: withoutRateLimits });
    await runCommand('staff', ['add', known, 'kommun-1280', 'handlaggare', 'Hanna', 'Handläggare'], portal.dataDir);
  });
  afterAll(() => portal.stop());

  it('answers a known and an unknown address the same, in about the same time, and mails only the known one a link', async () => {
    const timed = async (epost: string) => {
      const started = performance.now();
      const response = await askForLink(portal, epost);
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: await response.text(),
        ms: performance.now() - started,
      };
    };
    const unknown = await timed('ingen.har.konto@malmo.exempel.se');
    const knownAnswer = await timed(` ${known.toUpperCase()} `);
    expect(knownAnswer.status).toBe(200);
    expect({ ...unknown, ms: 0 }).toEqual({ ...knownAnswer, ms: 0 });
    expect(knownAnswer.body).toContain('Om adressen hör till en person med konto har vi skickat en länk');
    // Both wait for the same floor, which is longer than the lookup and the mail.
    for (const answer of [unknown, knownAnswer]) expect(answer.ms).toBeGreaterThanOrEqual(490);

    const mails = await readOutbox(portal.outboxDir);
    expect(mails.filter((m) => m.to === 'ingen.har.konto@malmo.exempel.se')).toEqual([]);
    const mail = mails.filter((m) => m.to === known).at(-1)!;
    expect(mail.subject).toBe('Din inloggningslänk till Arbetsmarknadsinsatser');
    expect(mail.text).toContain('gäller i 15 minuter och fungerar en gång');

    const json = (epost: string) =>
      fetch(`${portal.url}/api/session/link`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ epost }),
      });
    const [a, b] = await Promise.all([json(known), json('ingen.alls@malmo.exempel.se')]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(await a.json()).toEqual(await b.json());
  });

  it('shows the form again with the error at the field for an address that is no address, and a JSON client a 422 problem', async () => {
    const page = await askForLink(portal, 'hanna-at-malmo');
    expect(page.status).toBe(422);
    const html = await page.text();
    expect(html).toContain('<title>Fel: Logga in');
    expect(html).toContain('href="#f-epost"');
    expect(html).toMatch(/id="f-epost-error"[^>]*>.*Skriv e-postadressen som namn@exempel.se/);
    expect(html).toContain('value="hanna-at-malmo"');

    const api = await fetch(`${portal.url}/api/session/link`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(api.status).toBe(422);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await api.json()).errors).toEqual([{ path: 'epost', message: 'Fyll i e-postadressen' }]);
  });

  it('opens a page with a "Logga in" button behind the link, signs nobody in on GET, and signs in on its POST', async () => {
    await askForLink(portal, known);
    const link = await linkFor(portal.outboxDir, known, '/personal/logga-in/lank/');
    for (const _ of [1, 2]) {
      const page = await fetch(link, { redirect: 'manual' });
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toBeNull();
      const html = await page.text();
      expect(html).toContain('<form action="/api/session" method="post">');
      expect(html).toMatch(/<button type="submit">Logga in<\/button>/);
    }
    const signedIn = await postLinkToken(portal, link.searchParams.get('token')!);
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const home = await get(portal, '/personal/', cookie);
    expect(home.status).toBe(200);
    const html = await home.text();
    for (const shown of [known, 'Hanna Handläggare', 'Malmö kommun', 'Handläggare', 'Logga ut']) expect(html).toContain(shown);

    const api = await get(portal, '/api/session', cookie);
    expect(api.status).toBe(200);
    expect(await api.json()).toEqual({
      person: { email: known, name: 'Hanna Handläggare', organisation: 'kommun-1280', role: 'handlaggare' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('sets an HttpOnly, SameSite=Lax cookie for the whole site, without Secure over plain HTTP', async () => {
    const { setCookie } = await signIn(portal, known);
    expect(setCookie).toMatch(/^session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('refuses a used link and a forged one with a page that says so and leads to a new link', async () => {
    await askForLink(portal, known);
    const token = await mailedToken(portal, known);
    expect((await postLinkToken(portal, token)).status).toBe(303);
    for (const refused of [await postLinkToken(portal, token), await get(portal, `/personal/logga-in/lank/?token=${token}`)]) {
      expect(refused.status).toBe(409);
      expect(refused.headers.get('set-cookie')).toBeNull();
      const html = await refused.text();
      expect(html).toContain('Länken är redan använd');
      expect(html).toContain('href="/personal/logga-in/"');
    }
    const forged = 'A'.repeat(43);
    for (const refused of [
      await postLinkToken(portal, forged),
      await get(portal, `/personal/logga-in/lank/?token=${forged}`),
      await postLinkToken(portal, ''),
    ]) {
      expect(refused.status).toBe(404);
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect(await refused.text()).toContain('Länken stämmer inte');
    }
  });

  it('refuses the forms posted before a session when they come from another site', async () => {
    await askForLink(portal, known);
    const token = await mailedToken(portal, known);
    const otherSite: Record<string, string>[] = [
      { Origin: 'https://annan.example' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: portal.url },
      { Origin: 'null' },
    ];
    for (const headers of otherSite) {
      for (const refused of [
        await postLinkToken(portal, token, headers),
        await post(portal, '/api/session/link', { epost: known }, headers),
      ]) {
        expect(refused.status).toBe(403);
        expect(await refused.text()).toContain('Formuläret skickades från en annan webbplats');
      }
    }
    // The link was not used up by the refused posts.
    expect((await postLinkToken(portal, token, { Origin: portal.url, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(303);
  });

  it('refuses a sign-out without the CSRF token, or with another session’s, and keeps the session', async () => {
    const { cookie } = await signIn(portal, known);
    const other = await csrfOf(portal, (await signIn(portal, known)).cookie);
    for (const fields of [{}, { csrf: '' }, { csrf: other }] as Record<string, string>[]) {
      const refused = await post(portal, '/api/session/end', fields, { Cookie: cookie });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect(await refused.text()).toContain('Formuläret saknar sin kontrollkod');
    }
    const json = await fetch(`${portal.url}/api/session/end`, { method: 'POST', headers: { Cookie: cookie } });
    expect(json.status).toBe(403);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
    expect((await get(portal, '/api/session', cookie)).status).toBe(200);
  });

  it('signs out: the session is gone on the server and the old cookie is refused', async () => {
    const { cookie } = await signIn(portal, known);
    const signedOut = await post(portal, '/api/session/end', { csrf: await csrfOf(portal, cookie) }, { Cookie: cookie });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/personal/logga-in/?utloggad=ja');
    expect(signedOut.headers.get('set-cookie')).toMatch(/^session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await (await get(portal, '/personal/logga-in/?utloggad=ja')).text()).toContain('Du är utloggad.');

    const page = await get(portal, '/personal/', cookie);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/personal/logga-in/');
    const api = await get(portal, '/api/session', cookie);
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect((await post(portal, '/api/session/end', { csrf: 'x' }, { Cookie: cookie })).headers.get('location')).toBe('/personal/logga-in/');
  });

  it('sends one without a session to sign in, and tells an API client 401', async () => {
    for (const cookie of [undefined, 'session=', `session=${'B'.repeat(43)}`]) {
      const page = await get(portal, '/personal/', cookie);
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/personal/logga-in/');
      const api = await get(portal, '/api/session', cookie);
      expect(api.status).toBe(401);
      expect((await api.json()).title).toBe('Du är inte inloggad');
    }
  });

  it('ends the sessions of a person removed with `npm run staff -- remove`', async () => {
    const leaving = 'slutar@malmo.exempel.se';
    await runCommand('staff', ['add', leaving, 'kommun-1280', 'lasare'], portal.dataDir);
    const { cookie } = await signIn(portal, leaving);
    expect((await get(portal, '/api/session', cookie)).status).toBe(200);
    await runCommand('staff', ['remove', leaving], portal.dataDir);
    expect((await get(portal, '/api/session', cookie)).status).toBe(401);
    // Two commands, each a process of its own: seconds each on a busy machine.
  }, 120_000);
});

describe('over HTTPS', () => {
  let portal: PortalProcess;
  beforeAll(async () => {
    portal = await startPortalProcess({ env: { PUBLIC_URL: 'https://portal.example' } });
    await runCommand('staff', ['add', known, 'kommun-1280', 'handlaggare'], portal.dataDir);
  });
  afterAll(() => portal.stop());

  it('names the cookie with the __Host- prefix and makes it Secure', async () => {
    const { setCookie } = await signIn(portal, known);
    expect(setCookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect((await readOutbox(portal.outboxDir)).at(-1)!.text).toContain('https://portal.example/personal/logga-in/lank/?token=');
  });
});

describe('with small rate limits', () => {
  let portal: PortalProcess;
  beforeAll(async () => {
    portal = await startPortalProcess({ env: { MAILS_PER_ADDRESS_PER_HOUR: '2', RATE_LIMIT_CHECKS_PER_MINUTE: '3' } });
  });
  afterAll(() => portal.stop());

  it('mails one address at most its budget of links in an hour, known or not, and then answers 429 with Retry-After', async () => {
    for (const epost of [known, 'ingen.har.konto@malmo.exempel.se']) {
      for (const _ of [1, 2]) expect((await askForLink(portal, epost)).status).toBe(200);
      const refused = await askForLink(portal, epost);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('refuses link guesses from one address after its budget, even the right link', async () => {
    for (const n of [1, 2, 3]) expect((await get(portal, `/personal/logga-in/lank/?token=gissning-${n}`)).status).toBe(404);
    expect((await get(portal, '/personal/logga-in/lank/?token=gissning-4')).status).toBe(429);
    expect((await postLinkToken(portal, 'gissning-5')).status).toBe(429);
  });
});

describe('with short times', () => {
  let portal: PortalProcess;
  beforeAll(async () => {
    // A link works for 2 to 3 seconds, a session unused for 2 to 3: times are kept in whole seconds.
    portal = await startPortalProcess({ env: { SIGN_IN_LINK_SECONDS: '3', SESSION_IDLE_SECONDS: '3' } });
    await runCommand('staff', ['add', known, 'kommun-1280', 'handlaggare'], portal.dataDir);
  });
  afterAll(() => portal.stop());

  it('refuses an expired link', async () => {
    await askForLink(portal, known);
    const token = await mailedToken(portal, known);
    await sleep(3500);
    for (const refused of [await get(portal, `/personal/logga-in/lank/?token=${token}`), await postLinkToken(portal, token)]) {
      expect(refused.status).toBe(404);
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect(await refused.text()).toContain('Länken har slutat gälla');
    }
  });

  it('keeps a session that is used, and ends it after its idle time', async () => {
    const { cookie } = await signIn(portal, known);
    // Used every second for longer than the idle time: each use starts the time again.
    for (const _ of [1, 2, 3, 4]) {
      await sleep(1000);
      expect((await get(portal, '/api/session', cookie)).status).toBe(200);
    }
    await sleep(4200);
    expect((await get(portal, '/api/session', cookie)).status).toBe(401);
    expect((await get(portal, '/personal/', cookie)).headers.get('location')).toBe('/personal/logga-in/');
  });
});
