/**
 * Complaints (synpunkter och klagomål) against the portal process: a participant's complaint,
 * anonymous or with an address, reaches Arbetsförmedlingen and, for a kommun's own customer
 * choice, the kommun, by the routing table; never the supplier it is about. It is a kind of its
 * own in the staff inbox, moved mottagen → utreds → åtgärdad, and the sender who left an address
 * gets the answer. A personnummer is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox, startPortalProcess, withoutRateLimits, type PortalProcess } from '../support/portal-process.ts';
import { postJson } from '../support/signal-fixture.ts';
import { addStaff, mailsTo, postForm, signInAll, staffApi, type StaffSession } from '../support/staff.ts';

const people = {
  af: 'anna@arbetsformedlingen.exempel.se',
  stockholm: 'sven@stockholm.exempel.se',
  supplier: 'frida@framsteg.exempel.se',
};
let portal: PortalProcess;
let sessions: Record<keyof typeof people, StaffSession>;

const api = (who: keyof typeof people, path: string, body?: unknown) => staffApi(portal, sessions[who]!, path, body);

const complaint = (overrides: Record<string, unknown> = {}) => ({
  leverantor: 'framsteg-jobbcoach',
  tjanst: 'kundval-kommun',
  kommun: '0180',
  amne: 'tider',
  beskrivning: 'Tre möten i rad blev inställda utan att någon hörde av sig.',
  ...overrides,
});

beforeAll(async () => {
  portal = await startPortalProcess({ env: withoutRateLimits });
  await addStaff(portal, people.af, 'arbetsformedlingen', 'handlaggare', 'Anna Af');
  await addStaff(portal, people.stockholm, 'kommun-0180', 'handlaggare', 'Sven Sthlm');
  await addStaff(portal, people.supplier, 'framsteg-jobbcoach', 'handlaggare', 'Frida Framsteg');
  sessions = await signInAll(portal, people);
});
afterAll(() => portal.stop());

describe('a complaint', () => {
  it('about a kommun’s customer choice reaches Arbetsförmedlingen and the kommun, never the supplier, and is in their inboxes only', async () => {
    const sent = await postJson(portal.url, '/api/complaints', complaint(), { 'Idempotency-Key': 'complaint-kundval-0001' });
    expect(sent.status).toBe(201);
    const { id, reference } = (await sent.json()) as { id: string; reference: string };
    const mails = (await readOutbox(portal.outboxDir)).filter((m) => m.subject.includes(reference));
    expect(mails.map((m) => m.to).sort()).toEqual(['jobbspar.stockholm@exempel.se', 'jobbtorg@stockholm.exempel.se']);
    expect(mails[0]!.subject).toBe(`Ny synpunkt ${reference} om framsteg-jobbcoach`);
    expect(mails[0]!.text).toContain('Anonym, vill inte ha svar');
    for (const who of ['af', 'stockholm'] as const) {
      const list = (await (await api(who, '/api/inbox?typ=complaint')).json()) as { entries: { id: string; status: string }[] };
      expect(
        list.entries.map((e) => [e.id, e.status]),
        who,
      ).toEqual([[id, 'received']]);
    }
    expect(((await (await api('supplier', '/api/inbox')).json()) as { entries: unknown[] }).entries).toEqual([]);
    expect((await api('supplier', `/api/inbox/complaint/${id}`)).status).toBe(404);
  });

  it('about Rusta och matcha reaches Arbetsförmedlingen alone', async () => {
    const sent = await postJson(
      portal.url,
      '/api/complaints',
      complaint({ leverantor: 'nordvind-kompetens', tjanst: 'rusta-och-matcha' }),
      {
        'Idempotency-Key': 'complaint-rusta-0001',
      },
    );
    expect(sent.status).toBe(201);
    const { reference } = (await sent.json()) as { reference: string };
    const mails = (await readOutbox(portal.outboxDir)).filter((m) => m.subject.includes(reference));
    expect(mails.map((m) => m.to)).toEqual(['jobbspar.stockholm@exempel.se']);
  });

  it('moves mottagen → utreds → åtgärdad, where it ends, and the answer reaches a sender who left an address', async () => {
    const sent = await postJson(
      portal.url,
      '/api/complaints',
      complaint({ amne: 'bemotande', kontakt: { epost: 'deltagare@exempel.example' } }),
      { 'Idempotency-Key': 'complaint-answer-0001' },
    );
    const { id, reference } = (await sent.json()) as { id: string; reference: string };
    expect((await api('af', `/api/inbox/complaint/${id}/status`, { status: 'investigating' })).status).toBe(200);
    const resolved = await api('af', `/api/inbox/complaint/${id}/status`, {
      status: 'resolved',
      svar: 'Tack. Vi har pratat med leverantören.',
    });
    expect(resolved.status).toBe(200);
    expect(((await resolved.json()) as { status: string }).status).toBe('resolved');
    const toSender = await mailsTo(portal, 'deltagare@exempel.example', '');
    expect(toSender.some((m) => m.subject.includes(reference) && m.text.includes('Vi har pratat med leverantören'))).toBe(true);
    // åtgärdad ends it: "ingen åtgärd" is the other end, not a step after it.
    const afterEnd = await api('af', `/api/inbox/complaint/${id}/status`, { status: 'no_action', svar: 'Ingen åtgärd.' });
    expect(afterEnd.status).toBe(422);
    expect(JSON.stringify(await afterEnd.json())).toContain('"status"');
  });

  it('is refused with a personnummer in it, naming the field, and the plain form shows the receipt', async () => {
    const refused = await postJson(portal.url, '/api/complaints', complaint({ beskrivning: 'Jag heter Sara, 850312-1231.' }), {
      'Idempotency-Key': 'complaint-pnr-0001',
    });
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['beskrivning']);
    expect(problem.errors[0]!.message).toContain('vi tar inte emot personnummer');

    const form = await postForm(portal, '/api/complaints', { ...complaint(), beskrivning: 'Handledaren kom inte.' });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/synpunkter/skickad/');
    const again = await postForm(portal, '/api/complaints', { ...complaint(), beskrivning: 'Ring 850312-1231.' });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('vi tar inte emot personnummer');
  });
});

describe('the plain form in English and Arabic', () => {
  it('is shown again in Arabic with its errors in Arabic, the catalogue’s too, and goes on to the Arabic receipt', async () => {
    const empty = await postForm(portal, '/api/complaints?lang=ar', {});
    expect(empty.status).toBe(422);
    const page = await empty.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toMatch(/<title>خطأ: أخبرنا برأيك في مزوّد/);
    expect(page).toContain('في النموذج أخطاء');
    for (const message of ['اختر المزوّد الذي يتعلق به الأمر', 'اختر بماذا يتعلق الأمر', 'اكتب ماذا حدث']) expect(page).toContain(message);
    expect(page).toContain('action="/api/complaints?lang=ar"');

    // Framsteg Jobbcoach has a contract for the kommun's customer choice only.
    const wrongService = await postForm(portal, '/api/complaints?lang=ar', { ...complaint(), tjanst: 'rusta-och-matcha' });
    expect(wrongService.status).toBe(422);
    expect(await wrongService.text()).toContain('المزوّد الذي اخترته لا يقدّم هذه الخدمة');

    const sent = await postForm(portal, '/api/complaints?lang=ar', { ...complaint(), beskrivning: 'لم يحضر المرشد إلى الموعد.' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/ar/synpunkter/skickad/');
  });

  it('says in English what is wrong, the personnummer too, and goes on to the English receipt', async () => {
    const refused = await postForm(portal, '/api/complaints?lang=en', { ...complaint(), beskrivning: 'Call me, 850312-1231.' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('we do not accept personal identity numbers');
    expect(page).toContain('Call me, 850312-1231.');
    const sent = await postForm(portal, '/api/complaints?lang=en', { ...complaint(), beskrivning: 'The coach did not come.' });
    expect(sent.headers.get('location')).toBe('/en/synpunkter/skickad/');
  });

  it('keeps a JSON client’s problem in Swedish, and links it to the receipt in the form’s language', async () => {
    const refused = await postJson(portal.url, '/api/complaints?lang=ar', complaint({ beskrivning: 'Ring 850312-1231.' }), {
      'Idempotency-Key': 'complaint-ar-pnr-0001',
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('vi tar inte emot personnummer');
    const sent = await postJson(portal.url, '/api/complaints?lang=ar', complaint({ beskrivning: 'Handledaren svarade aldrig.' }), {
      'Idempotency-Key': 'complaint-ar-json-0001',
    });
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { links: { submitted: string } }).links.submitted).toBe('/ar/synpunkter/skickad/');
  });

  it('takes a language it does not publish in as Swedish', async () => {
    const empty = await postForm(portal, '/api/complaints?lang=xx', {});
    expect(empty.status).toBe(422);
    const page = await empty.text();
    expect(page).toContain('<html lang="sv" dir="ltr">');
    expect(page).toContain('Skriv vad som hände');
  });
});
