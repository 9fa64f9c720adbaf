/**
 * The staff inbox against the portal process: an employer's LOI for Malmö reaches the inbox of the
 * supplier whose turn it is, the kommun and Arbetsförmedlingen, and no one else's; a handläggare
 * moves it along, makes herself responsible and writes to the employer, who is told by mail and
 * sees it on the status page; filters, counts, paging, the CSV export, handing back, and every
 * refusal (a reader, no CSRF token, out of scope, a bad filter) named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalProcess, withoutRateLimits, type PortalProcess } from '../support/portal-process.ts';
import { postJson } from '../support/signal-fixture.ts';
import { validNeeds } from '../../scripts/examples.ts';
import { linkFor } from '../support/portal-process.ts';
import { addStaff, confirmedLoi, getPage, mailsTo, postForm, signInAll, staffApi, type StaffSession } from '../support/staff.ts';

const people = {
  supplier: 'sara@yrkesbro.exempel.se',
  next: 'olle@oresundkarriar.exempel.se',
  malmo: 'maja@malmo.exempel.se',
  stockholm: 'sven@stockholm.exempel.se',
  af: 'anna@arbetsformedlingen.exempel.se',
  reader: 'lars@yrkesbro.exempel.se',
};

let portal: PortalProcess;
let sessions: Record<keyof typeof people, StaffSession>;
let loi: Awaited<ReturnType<typeof confirmedLoi>>;

const api = (who: keyof typeof people, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  staffApi(portal, sessions[who]!, path, body, headers);

beforeAll(async () => {
  portal = await startPortalProcess({ env: withoutRateLimits });
  await addStaff(portal, people.supplier, 'skansk-yrkesbro', 'handlaggare', 'Sara Svensson');
  await addStaff(portal, people.reader, 'skansk-yrkesbro', 'lasare', 'Lars Läsare');
  await addStaff(portal, people.next, 'oresund-karriar', 'handlaggare', 'Olle Olsson');
  await addStaff(portal, people.malmo, 'kommun-1280', 'admin', 'Maja Malm');
  await addStaff(portal, people.stockholm, 'kommun-0180', 'handlaggare', 'Sven Sthlm');
  await addStaff(portal, people.af, 'arbetsformedlingen', 'lasare', 'Anna Af');
  loi = await confirmedLoi(portal, '1280', 'bageriet@exempel.example');
  sessions = await signInAll(portal, people);
});
afterAll(() => portal.stop());

describe('who sees the LOI', () => {
  it('is in the inbox of the supplier whose turn it was, the kommun and Arbetsförmedlingen, with its counts', async () => {
    for (const who of ['supplier', 'reader', 'malmo', 'af'] as const) {
      const list = await (await api(who, '/api/inbox')).json();
      expect(
        list.entries.map((e: { reference: string }) => e.reference),
        who,
      ).toEqual([loi.reference]);
      expect(list.counts.received, who).toBe(1);
      expect((await api(who, `/api/inbox/loi/${loi.id}`)).status, who).toBe(200);
    }
  });

  it('is not found for a kommun elsewhere nor for another supplier, in the list or by its id', async () => {
    for (const who of ['stockholm', 'next'] as const) {
      expect((await (await api(who, '/api/inbox')).json()).entries, who).toEqual([]);
      const item = await api(who, `/api/inbox/loi/${loi.id}`);
      expect(item.status, who).toBe(404);
      expect(item.headers.get('content-type')).toContain('application/problem+json');
      expect((await getPage(portal, `/personal/arende/loi/${loi.id}/`, sessions[who]!.cookie)).status, who).toBe(404);
    }
  });
});

describe('acting on it', () => {
  it('lets the handläggare set kontaktad, take it on and write to the employer, each mailed and recorded', async () => {
    const contacted = await api('supplier', `/api/inbox/loi/${loi.id}/status`, { status: 'handled' });
    expect(contacted.status).toBe(200);
    expect((await contacted.json()).status).toBe('handled');
    const assigned = await (await api('supplier', `/api/inbox/loi/${loi.id}/assign`, { ansvarig: people.supplier })).json();
    expect(assigned.assignee).toMatchObject({ email: people.supplier, name: 'Sara Svensson', organisationName: 'Skånsk Yrkesbro AB' });
    const messaged = await api('supplier', `/api/inbox/loi/${loi.id}/message`, { text: 'Hej! Jag ringer dig på tisdag.' });
    expect(messaged.status).toBe(200);
    const noted = await (await api('supplier', `/api/inbox/loi/${loi.id}/note`, { text: 'Ring efter lunch.' })).json();
    expect(noted.events.map((e: { action: string }) => e.action)).toEqual(['status', 'assign', 'message', 'note']);
    expect(noted.events[0]).toMatchObject({
      from: 'received',
      to: 'handled',
      by: { email: people.supplier, organisation: 'skansk-yrkesbro' },
    });

    const employer = 'bageriet@exempel.example';
    expect(await mailsTo(portal, employer, `Avsiktsförklaring ${loi.reference}: Kontaktad`)).toHaveLength(1);
    const [message] = await mailsTo(portal, employer, `Meddelande om avsiktsförklaring ${loi.reference}`);
    expect(message!.text).toContain('Hej! Jag ringer dig på tisdag.');
    // An internal note is never mailed.
    const all = await mailsTo(portal, employer, '');
    expect(all.some((m) => m.text.includes('Ring efter lunch.'))).toBe(false);

    // The employer sees the status, the person responsible and the message, never the note.
    const status = await (await fetch(loi.link)).text();
    expect(status).toContain('Kontaktad');
    expect(status).toContain('Sara Svensson');
    expect(status).toContain(people.supplier);
    expect(status).toContain('Hej! Jag ringer dig på tisdag.');
    expect(status).not.toContain('Ring efter lunch.');
  });

  it('refuses a reader, a change without the CSRF token, a step back and a closing without a reason, each naming the field', async () => {
    const reader = await api('reader', `/api/inbox/loi/${loi.id}/note`, { text: 'Får jag?' });
    expect(reader.status).toBe(403);
    expect((await reader.json()).errors[0].path).toBe('role');
    const noToken = await api('supplier', `/api/inbox/loi/${loi.id}/note`, { text: 'Utan token' }, { 'X-CSRF-Token': '' });
    expect(noToken.status).toBe(403);
    expect((await noToken.json()).errors[0].path).toBe('csrf');
    const back = await api('supplier', `/api/inbox/loi/${loi.id}/status`, { status: 'received' });
    expect(back.status).toBe(422);
    expect((await back.json()).errors[0].path).toBe('status');
    const noReason = await api('supplier', `/api/inbox/loi/${loi.id}/status`, { status: 'closed' });
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).errors[0].path).toBe('orsak');
    const stranger = await api('stockholm', `/api/inbox/loi/${loi.id}/note`, { text: 'Hej' });
    expect(stranger.status).toBe(404);
  });

  it('shows the item page again with the error beside the field when a form fails, and goes back to it when one succeeds', async () => {
    const { cookie, csrf } = sessions.supplier!;
    const failed = await postForm(portal, `/api/inbox/loi/${loi.id}/note`, { csrf, text: '' }, { Cookie: cookie });
    expect(failed.status).toBe(422);
    const page = await failed.text();
    expect(page).toContain('href="#f-note-text"');
    expect(page).toContain('<title>Fel: ');
    const saved = await postForm(portal, `/api/inbox/loi/${loi.id}/note`, { csrf, text: 'Från formuläret' }, { Cookie: cookie });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/personal/arende/loi/${loi.id}/?sparad=ja`);
    const item = await (await getPage(portal, saved.headers.get('location')!, cookie)).text();
    expect(item).toContain('Ändringen är sparad.');
    expect(item).toContain('Från formuläret');
  });
});

describe('finding it', () => {
  it('filters by status, kind, kommun, occupation, period and responsible person, and refuses a bad filter naming it', async () => {
    const count = async (query: string) => (await (await api('malmo', `/api/inbox?${query}`)).json()).entries.length;
    expect(await count('status=handled')).toBe(1);
    expect(await count('status=received')).toBe(0);
    expect(await count('typ=loi&kommun=1280')).toBe(1);
    expect(await count('typ=behov')).toBe(0);
    expect(await count('kommun=1281')).toBe(0);
    expect(await count(`ansvarig=${encodeURIComponent(people.supplier)}`)).toBe(1);
    expect(await count('ansvarig=ingen')).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(await count(`fran=${today}&till=${today}`)).toBe(1);
    expect(await count('till=2020-01-01')).toBe(0);
    for (const [query, field] of [
      ['yrke=bagare', 'yrke'],
      ['fran=igår', 'fran'],
      ['fran=2026-12-01&till=2026-11-01', 'till'],
      ['sida=inte-en-sida', 'sida'],
      ['status=borta', 'status'],
      ['okänd=1', 'okänd'],
    ]) {
      const refused = await api('malmo', `/api/inbox?${query}`);
      expect(refused.status, query).toBe(422);
      expect(
        (await refused.json()).errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(field);
    }
    const page = await getPage(portal, '/personal/?yrke=bagare', sessions.malmo!.cookie);
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('href="#f-yrke"');
  });

  it('exports the list as CSV, safe in a spreadsheet', async () => {
    const csv = await api('malmo', '/api/inbox/export?typ=loi');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('Nummer,Typ,Status,Kom in,Avsändare,Kommun,Yrkesgrupper (SSYK),Antal,Ansvarig,Länk');
    expect(text).toContain(loi.reference);
    expect(text).toContain('Malmö');
  });
});

describe('handing it back', () => {
  it('goes to the next supplier in the order, with the reason in the history; the first no longer sees it', async () => {
    const handed = await api('supplier', `/api/inbox/loi/${loi.id}/hand-on`, { till: 'tillbaka', orsak: 'Vi har inte plats just nu.' });
    expect(handed.status).toBe(200);
    const item = await handed.json();
    expect(item.events.at(-1)).toMatchObject({
      action: 'hand_on',
      from: 'skansk-yrkesbro',
      to: 'oresund-karriar',
      reason: 'Vi har inte plats just nu.',
    });
    expect((await api('supplier', `/api/inbox/loi/${loi.id}`)).status).toBe(404);
    expect((await (await api('supplier', '/api/inbox')).json()).entries).toEqual([]);
    expect((await (await api('next', '/api/inbox')).json()).entries.map((e: { id: string }) => e.id)).toEqual([loi.id]);
    expect(await mailsTo(portal, 'kontakt@oresundkarriar.exempel.se', `Ny avsiktsförklaring ${loi.reference}`)).toHaveLength(1);
    // The kommun still has it.
    expect((await api('malmo', `/api/inbox/loi/${loi.id}`)).status).toBe(200);
  });
});

describe('a needs signal', () => {
  it("goes under utredning and is answered, the answer and the catalogue entry mailed to the employer; the employer's page is never the staff's", async () => {
    const epost = 'behov-inkorg@exempel.example';
    const submitted = await postJson(portal.url, '/api/needs', validNeeds({ epost, kommun: '1280' }), {
      'Idempotency-Key': 'inbox-needs-1',
    });
    expect(submitted.status).toBe(201);
    const { id, reference } = await submitted.json();
    const link = await linkFor(portal.outboxDir, epost, '/behov/bekrafta/');
    const confirmed = await fetch(`${portal.url}/api/needs/${id}/confirm`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${link.searchParams.get('token')}` },
    });
    expect(confirmed.status).toBe(200);

    const list = await (await api('malmo', '/api/inbox?typ=behov')).json();
    expect(list.entries.map((e: { reference: string }) => e.reference)).toEqual([reference]);
    expect(list.counts).toEqual({ received: 1, investigating: 0, answered: 0 });

    expect((await api('malmo', `/api/inbox/behov/${id}/status`, { status: 'investigating' })).status).toBe(200);
    const unanswered = await api('malmo', `/api/inbox/behov/${id}/status`, { status: 'answered' });
    expect(unanswered.status).toBe(422);
    expect((await unanswered.json()).errors[0].path).toBe('svar');
    const unknown = await api('malmo', `/api/inbox/behov/${id}/status`, { status: 'answered', svar: 'Se insatsen', insats: 'finns-inte' });
    expect((await unknown.json()).errors[0].path).toBe('insats');
    const answered = await api('malmo', `/api/inbox/behov/${id}/status`, {
      status: 'answered',
      svar: 'Vi startar en utbildning till hösten.',
      insats: 'yrkesvux-kock-goteborg',
    });
    expect(answered.status).toBe(200);
    expect((await answered.json()).answer).toEqual({ text: 'Vi startar en utbildning till hösten.', insats: 'yrkesvux-kock-goteborg' });
    const [mail] = await mailsTo(portal, epost, `Svar på behovssignal ${reference}`);
    expect(mail!.text).toContain('Vi startar en utbildning till hösten.');
    expect(mail!.text).toContain('/insatser/yrkesvux-kock-goteborg/');
    expect((await (await api('malmo', '/api/inbox?typ=behov')).json()).counts).toEqual({ received: 0, investigating: 0, answered: 1 });
    // An LOI's message is for LOIs; a signal is answered.
    expect((await api('malmo', `/api/inbox/behov/${id}/message`, { text: 'Hej' })).status).toBe(422);
  });
});

describe("the organisation's people", () => {
  it('lets the admin add, change and remove people of her own organisation, and no one else', async () => {
    const { cookie, csrf } = sessions.malmo!;
    const added = await postForm(
      portal,
      '/api/inbox/people',
      { csrf, email: 'Nils@Malmo.exempel.se ', name: 'Nils Nilsson', phone: '040-34 10 00', role: 'handlaggare' },
      { Cookie: cookie },
    );
    expect(added.status).toBe(303);
    const page = await (await getPage(portal, added.headers.get('location')!, cookie)).text();
    expect(page).toContain('Personen är sparad.');
    expect(page).toContain('nils@malmo.exempel.se');
    expect(page).toContain('040-34 10 00');

    const wrong = await postForm(
      portal,
      '/api/inbox/people',
      { csrf, email: 'inte-en-adress', name: 'X', role: 'chef' },
      { Cookie: cookie },
    );
    expect(wrong.status).toBe(422);
    const wrongPage = await wrong.text();
    expect(wrongPage).toContain('href="#f-email"');
    expect(wrongPage).toContain('href="#f-role"');

    const listed = (await (await api('malmo', '/api/inbox/people')).json()).people.map((p: { email: string }) => p.email);
    expect(listed.sort()).toEqual(['maja@malmo.exempel.se', 'nils@malmo.exempel.se']);

    // A handläggare does not manage people, and an admin only her own organisation's.
    expect((await api('supplier', '/api/inbox/people')).status).toBe(403);
    expect((await api('malmo', '/api/inbox/people/remove', { email: people.supplier })).status).toBe(404);
    expect((await api('malmo', '/api/inbox/people/remove', { email: 'maja@malmo.exempel.se' })).status).toBe(422);

    const removed = await postForm(portal, '/api/inbox/people/remove', { csrf, email: 'nils@malmo.exempel.se' }, { Cookie: cookie });
    expect(removed.status).toBe(303);
    expect((await (await api('malmo', '/api/inbox/people')).json()).people.map((p: { email: string }) => p.email)).toEqual([people.malmo]);
  });
});
