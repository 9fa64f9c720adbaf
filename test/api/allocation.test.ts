/**
 * One jobbspår supplier per LOI, by the region's rule in the example catalogue, against the portal
 * process: FA-region 01 Malmö-Lund allocates in turn in its published order, FA-region 15 Göteborg
 * lets the employer choose. The kommun and Arbetsförmedlingen get every LOI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postLoi } from '../support/loi-fixture.ts';
import { validLoi } from '../../scripts/examples.ts';
import { readOutbox, startPortalProcess, statusLinkFor, type PortalProcess } from '../support/portal-process.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess();
});
afterAll(() => portal.stop());

const loiIn = (arbetsplatsKommun: string, epost: string, leverantor?: string) => ({
  ...validLoi({ epost }),
  arbetsplatsKommun,
  ...(leverantor && { leverantor }),
});

/** Submits an LOI, confirms it from the e-mail, and gives its view and where its routed mails went. */
async function submitAndConfirm(loi: ReturnType<typeof loiIn>, key: string) {
  const submitted = await postLoi(portal.url, loi, key);
  expect(submitted.status).toBe(201);
  const { id, reference } = await submitted.json();
  const link = await statusLinkFor(portal.outboxDir, loi.kontakt!.epost!);
  const confirmed = await fetch(`${portal.url}/api/loi/${id}/confirm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${link.searchParams.get('token')}` },
  });
  expect(confirmed.status).toBe(200);
  const routedTo = (await readOutbox(portal.outboxDir))
    .filter((m) => m.subject.startsWith(`Ny avsiktsförklaring ${reference}`))
    .map((m) => m.to)
    .sort();
  return { view: await confirmed.json(), routedTo, link };
}

describe('a region that allocates in turn (FA-region 01: skansk-yrkesbro, then oresund-karriar)', () => {
  it('sends two LOIs to two different suppliers, in the published order, each with the kommun and Arbetsförmedlingen', async () => {
    const first = await submitAndConfirm(loiIn('1280', 'tur-1@exempel.example'), 'allocation-turn-1');
    const second = await submitAndConfirm(loiIn('1280', 'tur-2@exempel.example'), 'allocation-turn-2');
    expect(first.routedTo).toEqual(['amina.exempelovic@malmo.exempel.se', 'info@yrkesbro.exempel.se', 'jobbspar.skane@exempel.se']);
    expect(second.routedTo).toEqual([
      'amina.exempelovic@malmo.exempel.se',
      'jobbspar.skane@exempel.se',
      'kontakt@oresundkarriar.exempel.se',
    ]);
    expect(first.view.allocation).toEqual({ rule: 'rak_ordning', turn: 1 });
    expect(second.view.allocation).toEqual({ rule: 'rak_ordning', turn: 2 });

    const page = await (await fetch(first.link)).text();
    expect(page).toContain('<a href="/leverantorer/skansk-yrkesbro/">Skånsk Yrkesbro AB</a>');
    expect(page).toContain('i tur och ordning');
  });

  it('refuses a chosen supplier with 422 naming the field, saying the region allocates in turn', async () => {
    const response = await postLoi(portal.url, loiIn('1280', 'tur-val@exempel.example', 'oresund-karriar'), 'allocation-turn-chosen');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await response.json()).errors).toEqual([{ path: 'leverantor', message: expect.stringContaining('nästa leverantör i tur') }]);
  });
});

describe('a region where the employer chooses (FA-region 15: hamnlyftet-vast, alvstrand-utbildning)', () => {
  it('refuses an LOI without a chosen supplier with 422 naming the field', async () => {
    const response = await postLoi(portal.url, loiIn('1480', 'val-saknas@exempel.example'), 'allocation-choice-missing');
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: 'leverantor', message: 'Välj vilken leverantör som ska få din avsiktsförklaring' },
    ]);
    expect((await readOutbox(portal.outboxDir)).filter((m) => m.to === 'val-saknas@exempel.example')).toEqual([]);
  });

  it('refuses a supplier that does not take LOIs from the kommun, naming those that do', async () => {
    // Älvstrand's contract covers Göteborg, Mölndal and Kungälv only.
    const response = await postLoi(portal.url, loiIn('1401', 'val-fel@exempel.example', 'alvstrand-utbildning'), 'allocation-choice-wrong');
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: 'leverantor', message: 'Välj en av leverantörerna i listan: Hamnlyftet Väst AB' },
    ]);
  });

  it('sends an LOI to the supplier chosen only, with the kommun and Arbetsförmedlingen', async () => {
    const { view, routedTo, link } = await submitAndConfirm(
      loiIn('1480', 'val@exempel.example', 'alvstrand-utbildning'),
      'allocation-choice-made',
    );
    expect(routedTo).toEqual([
      'jobbspar.goteborg@exempel.se',
      'tobias.exempelqvist@goteborg.exempel.se',
      'utbildning@alvstrand.exempel.se',
    ]);
    expect(view.recipients).toContainEqual({
      role: 'leverantor',
      organisation: 'Älvstrand Utbildning AB',
      supplier: 'alvstrand-utbildning',
    });
    expect(view.allocation).toEqual({ rule: 'arbetsgivaren_valjer' });
    expect(await (await fetch(link)).text()).toContain('du valde den här');
  });

  it('shows the plain form again with the choice of the kommun’s suppliers when none was chosen', async () => {
    const form = new URLSearchParams({ arbetsplatsKommun: '1480', 'organisation.namn': 'Formulärets Varv AB' });
    const response = await fetch(`${portal.url}/api/loi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('Vilken leverantör ska få avsiktsförklaringen?');
    expect(page).toMatch(/<input type="radio" id="f-leverantor" name="leverantor" value="hamnlyftet-vast"/);
    expect(page).toContain('value="alvstrand-utbildning"');
    expect(page).toContain('href="/leverantorer/hamnlyftet-vast/"');
  });
});

it('publishes every FA-region’s rule as open data', async () => {
  const rules: { fa_region: string; regel: string; standard: boolean; ordning: { slug: string }[] }[] = await (
    await fetch(`${portal.url}/data/tilldelning.json`)
  ).json();
  expect(rules).toHaveLength(60);
  const region = (fa: string) => {
    const { regel, standard, ordning } = rules.find((r) => r.fa_region === fa)!;
    return { regel, standard, ordning: ordning.map((s) => s.slug) };
  };
  expect(region('01')).toEqual({ regel: 'rak_ordning', standard: false, ordning: ['skansk-yrkesbro', 'oresund-karriar'] });
  expect(region('15')).toEqual({ regel: 'arbetsgivaren_valjer', standard: false, ordning: ['hamnlyftet-vast', 'alvstrand-utbildning'] });
  expect(region('23')).toEqual({ regel: 'rak_ordning', standard: true, ordning: ['nordvind-kompetens', 'stegvis-arbetsliv'] });
  expect(region('60')).toEqual({ regel: 'rak_ordning', standard: true, ordning: [] });
  const schema = await (await fetch(`${portal.url}/data/tilldelning.schema.json`)).json();
  expect(Object.keys(schema.items.properties)).toEqual(['fa_region', 'regel', 'ordning', 'standard']);
});
