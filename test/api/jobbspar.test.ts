/**
 * Jobbspår against the portal process, through the JSON API: bad input is refused with 422 naming
 * the field (never a 500); a supplier's track from two LOIs moves them to planned; the public reads
 * it once it recruits, and the employers' status pages link it; Arbetsförmedlingen records the
 * candidates and the supplier the outcomes, which must make sense; and the open data validates
 * against its JSON Schema and holds no personal data.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalProcess, withoutRateLimits, type PortalProcess } from '../support/portal-process.ts';
import { malmoLoi, nationalInterventions, validPlan } from '../support/jobbspar.ts';
import { addStaff, getPage, signInAll, staffApi, type StaffSession } from '../support/staff.ts';

const people = {
  supplier: 'sara@yrkesbro.exempel.se',
  reader: 'lars@yrkesbro.exempel.se',
  af: 'anna@arbetsformedlingen.exempel.se',
  malmo: 'maja@malmo.exempel.se',
};

let portal: PortalProcess;
let sessions: Record<keyof typeof people, StaffSession>;
let lois: Awaited<ReturnType<typeof malmoLoi>>[];
let insatser: string[];

const api = (who: keyof typeof people, path: string, body?: unknown) => staffApi(portal, sessions[who]!, path, body);

/** The 422's problem, whose errors name `paths`. */
async function expectRefused(response: Response, paths: string[]) {
  expect(response.status, await response.clone().text()).toBe(422);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as { errors: { path: string; message: string }[] };
  expect(problem.errors.map((e) => e.path)).toEqual(expect.arrayContaining(paths));
  for (const error of problem.errors) expect(error.message).toMatch(/\S/);
}

beforeAll(async () => {
  portal = await startPortalProcess({ env: withoutRateLimits });
  await addStaff(portal, people.supplier, 'skansk-yrkesbro', 'handlaggare', 'Sara Svensson');
  await addStaff(portal, people.reader, 'skansk-yrkesbro', 'lasare', 'Lars Läsare');
  await addStaff(portal, people.af, 'arbetsformedlingen', 'handlaggare', 'Anna Af');
  await addStaff(portal, people.malmo, 'kommun-1280', 'lasare', 'Maja Malm');
  // The region allocates in turn: the first and third LOI go to Skånsk Yrkesbro, the second to the next supplier.
  lois = [
    await malmoLoi(portal, 'bageri@exempel.example', 'Malmö Bageri AB', true),
    await malmoLoi(portal, 'annan@exempel.example', 'Annan Restaurang AB', false),
    await malmoLoi(portal, 'krog@exempel.example', 'Krogen på Hörnet AB', false),
  ];
  insatser = (await nationalInterventions(portal, 3)).map((i) => i.slug);
  sessions = await signInAll(portal, people);
}, 300_000);
afterAll(() => portal.stop());

const mine = () => [lois[0]!, lois[2]!].map(({ id }) => ({ id, platser: 2 }));

describe('bad input', () => {
  it('is refused with 422 naming the field, and nothing is created', async () => {
    const plan = validPlan(insatser);
    await expectRefused(await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), namn: '' }), ['namn']);
    await expectRefused(await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), yrken: ['kock'] }), ['yrken.0']);
    await expectRefused(await api('supplier', '/api/jobbspar', { ...plan, lois: [] }), ['lois']);
    await expectRefused(await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), deltagare: -3 }), ['deltagare']);
    await expectRefused(
      await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), rekrytering: { fran: '2027-02-01', till: '2027-01-01' } }),
      ['rekrytering.till'],
    );
    await expectRefused(
      await api('supplier', '/api/jobbspar', {
        ...plan,
        lois: mine(),
        insatser: [{ id: 'finns-inte', fran: '2027-02-01', till: '2027-03-01' }],
      }),
      ['insatser.0.id'],
    );
    await expectRefused(
      await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), kontakt: { namn: 'Kim', epost: 'inte en adress' } }),
      ['kontakt.epost'],
    );
    await expectRefused(await api('supplier', '/api/jobbspar', { ...plan, lois: mine(), okand: 1 }), ['okand']);
    // The second LOI is another supplier's: not found, like one that does not exist.
    expect((await api('supplier', '/api/jobbspar', { ...plan, lois: [{ id: lois[1]!.id, platser: 1 }] })).status).toBe(404);
    expect((await (await api('supplier', '/api/jobbspar')).json()).jobbspar).toEqual([]);
  });
});

describe('a track from two LOIs', () => {
  let id: string;

  it('is created by the supplier, and the LOIs are planned', async () => {
    expect((await api('reader', '/api/jobbspar', { ...validPlan(insatser), lois: mine() })).status).toBe(403);
    const created = await api('supplier', '/api/jobbspar', { ...validPlan(insatser), lois: mine() });
    expect(created.status, await created.clone().text()).toBe(201);
    const track = await created.json();
    id = track.id;
    expect(track).toMatchObject({ status: 'planned', fa: '01', owner: 'skansk-yrkesbro' });
    for (const loi of [lois[0]!, lois[2]!])
      expect((await (await api('supplier', `/api/inbox/loi/${loi.id}`)).json()).status).toBe('planned');
    await expectRefused(await api('supplier', '/api/jobbspar', { ...validPlan(insatser), lois: mine() }), ['lois.0.id', 'lois.1.id']);
  });

  it('is read by the kommun and Arbetsförmedlingen, and not public while planned', async () => {
    for (const who of ['malmo', 'af', 'reader'] as const)
      expect(
        (await (await api(who, '/api/jobbspar')).json()).jobbspar.map((t: { id: string }) => t.id),
        who,
      ).toEqual([id]);
    expect((await fetch(`${portal.url}/jobbspar/${id}/`)).status).toBe(404);
    expect(await (await getPage(portal, lois[0]!.statusPath)).text()).not.toContain(`/jobbspar/${id}/`);
  });

  it('moves only forward, and a cancellation needs a reason', async () => {
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/status`, { status: 'cancelled' }), ['orsak']);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/status`, { status: 'nej' }), ['status']);
    expect((await api('supplier', `/api/jobbspar/${id}/radera`, { status: 'finished' })).status).toBe(404);
    expect((await api('malmo', `/api/jobbspar/${id}/status`, { status: 'recruiting' })).status).toBe(403);
    expect((await api('supplier', `/api/jobbspar/${id}/status`, { status: 'recruiting' })).status).toBe(200);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/status`, { status: 'planned' }), ['status']);
  });

  it('is public once it recruits, employers named only with their consent, and linked from both status pages', async () => {
    const page = await fetch(`${portal.url}/jobbspar/${id}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const text = await page.text();
    expect(text).toContain('Malmö Bageri AB');
    expect(text).not.toContain('Krogen på Hörnet AB');
    expect(text).toContain('1 arbetsgivare i Malmö');
    expect(text).not.toContain('kim.kontakt@');
    expect(text).toContain('handläggare på Arbetsförmedlingen');
    for (const loi of [lois[0]!, lois[2]!]) expect(await (await getPage(portal, loi.statusPath)).text()).toContain(`/jobbspar/${id}/`);
    expect(await (await fetch(`${portal.url}/jobbspar/?fa=01`)).text()).toContain(`/jobbspar/${id}/`);
    expect(await (await fetch(`${portal.url}/jobbspar/?fa=23`)).text()).not.toContain(`/jobbspar/${id}/`);
  });

  it('takes counts that make sense, each from whom it may', async () => {
    expect((await api('supplier', `/api/jobbspar/${id}/counts`, { skickade: 12 })).status).toBe(403);
    expect((await api('af', `/api/jobbspar/${id}/counts`, { startade: 3 })).status).toBe(403);
    expect((await api('af', `/api/jobbspar/${id}/counts`, { skickade: 12 })).status).toBe(200);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/counts`, { utvalda: 6, startade: 7 }), ['startade']);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/counts`, { startade: 'många' }), ['startade']);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/counts`, {}), ['']);
    const counted = await api('supplier', `/api/jobbspar/${id}/counts`, {
      informationsmote: 10,
      utvalda: 8,
      startade: 7,
      fullfoljda: 6,
      anstallda90: 5,
      anstallda6man: 3,
    });
    expect(counted.status).toBe(200);
    await expectRefused(await api('supplier', `/api/jobbspar/${id}/counts`, { anstallda6man: 6 }), ['anstallda6man']);
    const track = await counted.json();
    expect(track.counts).toEqual({
      skickade: 12,
      informationsmote: 10,
      utvalda: 8,
      startade: 7,
      fullfoljda: 6,
      anstallda90: 5,
      anstallda6man: 3,
    });
    expect(track.events.map((e: { action: string }) => e.action)).toEqual(['create', 'status', 'counts', 'counts']);
  });

  it('is in the open data, which validates against its schema and holds no personal data', async () => {
    const data = await (await fetch(`${portal.url}/data/jobbspar.json`)).json();
    const schema = await (await fetch(`${portal.url}/data/jobbspar.schema.json`)).json();
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.map((t: { id: string }) => t.id)).toEqual([id]);
    const text = JSON.stringify(data);
    for (const personal of ['Kim Kontaktsson', 'kim.kontakt@', '040-123 456', 'Krogen på Hörnet AB', 'Eva Exempelsson', '@exempel.example'])
      expect(text).not.toContain(personal);
    expect(data[0].arbetsgivare).toEqual({ antal: 2, kommuner: ['1280'], namngivna: ['Malmö Bageri AB'] });
    const csv = await (await fetch(`${portal.url}/data/jobbspar.csv`)).text();
    expect(csv).toContain('Kock i Malmö');
    expect(csv).not.toContain('kim.kontakt@');
  });

  it('shows its outcomes on /statistik/, a count below 5 suppressed', async () => {
    const text = await (await fetch(`${portal.url}/statistik/`)).text();
    const section = text.slice(text.indexOf('id="jobbspar-utfall"'));
    expect(section).toMatch(/<td>7<\/td><td>5<\/td><td>&lt;5<\/td>/);
  });
});
