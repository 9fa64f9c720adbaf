/**
 * A jobbspår as its users meet it, in Chromium: a supplier's handläggare creates one from two LOIs
 * of the inbox and three catalogue interventions and opens recruitment; the public page and the
 * region's section show it, and both employers' status pages link it; a handläggare of
 * Arbetsförmedlingen records the candidates sent; the supplier records the outcomes and closes
 * it; /statistik/ shows the outcomes with a count below 5 suppressed. The same forms work without
 * JavaScript, a mistake shown beside its field. axe finds nothing on any page of the flow.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser, saveWith } from '../support/browser.ts';
import { malmoLoi, nationalInterventions } from '../support/jobbspar.ts';
import { linkFor, startPortalProcess } from '../support/portal-process.ts';
import { runCommand } from '../support/signal-fixture.ts';

const { portal, url, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const supplier = 'sara@yrkesbro.exempel.se';
const af = 'anna@arbetsformedlingen.exempel.se';
let lois: Awaited<ReturnType<typeof malmoLoi>>[];
let insatser: { slug: string; titel: string }[];
let trackPath: string;

beforeAll(async () => {
  const add = (...args: string[]) => runCommand('staff', ['add', ...args], portal().dataDir);
  await add(supplier, 'skansk-yrkesbro', 'handlaggare', 'Sara', 'Svensson');
  await add(af, 'arbetsformedlingen', 'handlaggare', 'Anna', 'Andersson');
  // The region allocates in turn: the 1st, 3rd and 5th LOI go to Skånsk Yrkesbro.
  lois = [];
  for (const [i, named] of [true, false, false, false, false].entries())
    lois.push(await malmoLoi(portal(), `arbetsgivare${i}@exempel.example`, `Arbetsgivare ${i} AB`, named));
  insatser = await nationalInterventions(portal(), 3);
}, 300_000);

async function signIn(page: Page, email: string) {
  await page.goto(url('/personal/logga-in/'));
  await page.fill('#f-epost', email);
  await page.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
  await page.getByRole('heading', { name: 'Titta i din e-post' }).waitFor();
  await page.goto((await linkFor(portal().outboxDir, email, '/personal/logga-in/lank/')).href);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/personal\/$/);
}

/** Fills the plan of a new track, its chain the given interventions. */
async function fillPlan(page: Page, name: string, chain: { slug: string }[]) {
  await page.fill('#f-skapa-namn', name);
  await page.fill('#f-skapa-yrken', '5120');
  for (const [i, insats] of chain.entries()) {
    await page.selectOption(`#f-skapa-insatser-${i}-id`, insats.slug);
    await page.fill(`#f-skapa-insatser-${i}-fran`, `2027-0${2 + i}-01`);
    await page.fill(`#f-skapa-insatser-${i}-till`, `2027-0${2 + i}-28`);
  }
  await page.fill('#f-skapa-deltagare', '10');
  await page.fill('#f-skapa-informationsmote-datum', '2027-01-15');
  await page.fill('#f-skapa-informationsmote-plats', 'Arbetsförmedlingen i Malmö');
  await page.fill('#f-skapa-rekrytering-fran', '2026-12-01');
  await page.fill('#f-skapa-rekrytering-till', '2027-01-20');
  await page.fill('#f-skapa-kontakt-namn', 'Kim Kontaktsson');
  await page.fill('#f-skapa-kontakt-epost', 'kim.kontakt@yrkesbro.exempel.se');
}

it('is created by the supplier from two LOIs and three interventions, and opens recruitment', async () => {
  const page = await newPage(true);
  await signIn(page, supplier);
  await page.getByRole('link', { name: 'Skapa jobbspår' }).click();
  await page.waitForURL(/\/personal\/jobbspar\/ny\/$/);
  await expectAccessible(page);
  await page.check(`#loi-${lois[0]!.id}`);
  await page.check(`#loi-${lois[2]!.id}`);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.waitForURL(/\/personal\/jobbspar\/ny\/\?loi=/);
  await expectAccessible(page);
  await fillPlan(page, 'Kock i Malmö', insatser);
  await page.getByRole('button', { name: 'Skapa jobbspåret' }).click();
  await page.waitForURL(/\/personal\/jobbspar\/[0-9a-f-]{36}\/\?sparad=ja$/);
  trackPath = new URL(page.url()).pathname.replace('/personal', '');
  const main = await page.locator('main').textContent();
  for (const shown of ['Kock i Malmö', 'Planerat', lois[0]!.reference, lois[2]!.reference, ...insatser.map((i) => i.titel)])
    expect(main).toContain(shown);
  await expectAccessible(page);

  await page.selectOption('#f-status-status', 'recruiting');
  await saveWith(page, () => page.getByRole('button', { name: 'Ändra status' }).click());
  expect(await page.locator('main dl.facts').first().textContent()).toContain('Rekryterar');
});

it('is shown on its public page, in the region’s list from the region’s page, and linked from both employers’ status pages', async () => {
  const page = await newPage(true);
  await page.goto(url(trackPath));
  const main = await page.locator('main').textContent();
  for (const shown of ['Kock i Malmö', 'Arbetsgivare 0 AB', '1 arbetsgivare i Malmö', 'handläggare på Arbetsförmedlingen'])
    expect(main).toContain(shown);
  expect(main).not.toContain('Arbetsgivare 2 AB');
  for (const insats of insatser)
    expect(await page.getByRole('link', { name: insats.titel }).getAttribute('href')).toMatch(/\/insatser\/[a-z0-9-]+\/$/);
  await expectAccessible(page);

  await page.goto(url('/region/01/'));
  await page.getByRole('link', { name: /Jobbspår som rekryterar i 01/ }).click();
  await page.waitForURL(/\/jobbspar\/\?fa=01$/);
  expect(await page.getByRole('link', { name: 'Kock i Malmö' }).getAttribute('href')).toBe(trackPath);
  await expectAccessible(page);
  await page.goto(url('/kommun/1280/'));
  expect(await page.getByRole('link', { name: /Jobbspår som rekryterar i 01/ }).getAttribute('href')).toBe('/jobbspar/?fa=01');

  for (const loi of [lois[0]!, lois[2]!]) {
    await page.goto(url(loi.statusPath));
    expect(await page.getByRole('link', { name: /Kock i Malmö/ }).getAttribute('href')).toBe(trackPath);
    await expectAccessible(page);
  }
});

it('takes the candidates from Arbetsförmedlingen and the outcomes from the supplier, who closes it', async () => {
  const staff = await newPage(true);
  await signIn(staff, af);
  await staff.getByRole('link', { name: 'Jobbspår', exact: true }).click();
  await staff.waitForURL(/\/personal\/jobbspar\/$/);
  await expectAccessible(staff);
  await staff.getByRole('link', { name: 'Kock i Malmö' }).click();
  await staff.fill('#f-counts-skickade', '14');
  await saveWith(staff, () => staff.getByRole('button', { name: 'Spara antalet' }).click());
  expect(await staff.locator('main dl.facts').textContent()).toContain('14');
  await expectAccessible(staff);

  const owner = await newPage(true);
  await signIn(owner, supplier);
  await owner.goto(url(`/personal${trackPath}`));
  for (const [name, n] of Object.entries({
    informationsmote: 12,
    utvalda: 9,
    startade: 8,
    fullfoljda: 7,
    anstallda90: 6,
    anstallda6man: 4,
  }))
    await owner.fill(`#f-counts-${name}`, String(n));
  await saveWith(owner, () => owner.getByRole('button', { name: 'Spara antalen' }).click());
  for (const status of ['running', 'finished']) {
    await owner.selectOption('#f-status-status', status);
    await saveWith(owner, () => owner.getByRole('button', { name: 'Ändra status' }).click());
  }
  expect(await owner.locator('main dl.facts').first().textContent()).toContain('Avslutat');
  expect(await owner.locator('.timeline').textContent()).toContain('Antal registrerade');
  await expectAccessible(owner);

  const stats = await newPage(true);
  await stats.goto(url('/statistik/'));
  const row = await stats.locator('section[aria-labelledby="jobbspar-utfall"] table tbody tr').first().textContent();
  expect(row).toContain('01');
  expect(row).toMatch(/8\s*6\s*<5/);
  await expectAccessible(stats);
});

it('works without JavaScript: choosing, a mistake shown beside its field, the plan, the status and the counts', async () => {
  const page = await newPage(false);
  await signIn(page, supplier);
  await page.goto(url('/personal/jobbspar/ny/'));
  await page.check(`#loi-${lois[4]!.id}`);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.waitForURL(/\?loi=/);
  await fillPlan(page, 'Servitör i Malmö', insatser.slice(0, 1));
  await page.fill('#f-skapa-rekrytering-till', '2026-01-01');
  await page.getByRole('button', { name: 'Skapa jobbspåret' }).click();
  await page.locator('.error-summary').waitFor();
  expect(await page.title()).toMatch(/^Fel: /);
  expect(await page.getAttribute('.error-summary a', 'href')).toBe('#f-skapa-rekrytering-till');
  expect(await page.locator('#f-skapa-namn').inputValue()).toBe('Servitör i Malmö');
  await expectAccessible(page);
  await page.fill('#f-skapa-rekrytering-till', '2027-01-20');
  await saveWith(page, () => page.getByRole('button', { name: 'Skapa jobbspåret' }).click());
  await page.selectOption('#f-status-status', 'recruiting');
  await saveWith(page, () => page.getByRole('button', { name: 'Ändra status' }).click());
  await page.fill('#f-counts-utvalda', '3');
  await page.fill('#f-counts-startade', '4');
  await page.getByRole('button', { name: 'Spara antalen' }).click();
  await page.locator('.error-summary').waitFor();
  expect(await page.getAttribute('.error-summary a', 'href')).toBe('#f-counts-startade');
  await expectAccessible(page);
  await page.fill('#f-plan-deltagare', '12');
  await saveWith(page, () => page.getByRole('button', { name: 'Spara planen' }).click());
  expect(await page.locator('.timeline').textContent()).toContain('Planen ändrad');
});
