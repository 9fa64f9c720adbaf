/**
 * The needs signal and gap report forms in Chromium, with and without JavaScript (errors in a
 * summary, values kept, then sent), the needs signal confirmed from its e-mail, and the
 * statistics page. Every page passes axe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { linkFor, readOutbox, startPortalProcess } from '../support/portal-process.ts';
import { issueKey } from '../support/signal-fixture.ts';

const { portal, newPage, expectAccessible, expectErrorPage } = portalInBrowser(startPortalProcess, (process) => process.stop());

// After the portal has started: hooks run in the order they are registered.
let supplierKey: string;
beforeAll(async () => {
  supplierKey = (await issueKey('nordvind-kompetens', portal().dataDir)).key;
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));

/** Chooses an occupation in the picker as a person does: type, arrow down, Enter. */
async function pickOccupation(page: Page, id: string, typed: string) {
  await page.click(`#${id}`);
  await page.keyboard.type(typed);
  await page.locator('.combobox-list [role="option"]').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

async function fillNeeds(page: Page, email: string, javaScript: boolean) {
  await page.fill('#f-organisation-namn', 'Formulärbageriet AB');
  await page.selectOption('#f-arbetsplatsKommun', '0181');
  if (javaScript) await pickOccupation(page, 'f-behov-yrken-0-namn', 'kock à');
  else await page.fill('#f-behov-yrken-0-namn', 'Kock à la carte');
  await page.fill('#f-behov-antal', '4');
  // By keyboard: a click can land beside a radio while errors above it are cleared as you go.
  for (const radio of ['#f-behov-tidshorisont', '#f-avsiktsforklaring']) {
    await page.focus(radio);
    await page.keyboard.press('Space');
    expect(await page.isChecked(radio)).toBe(true);
  }
  await page.fill('#f-kontakt-epost', email);
}

/** From the e-mail's link: confirm, then see where the signal went. */
async function confirmFromMail(page: Page, email: string) {
  await page.goto((await linkFor(portal().outboxDir, email, '/behov/bekrafta/')).href);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bekräfta och skicka vidare' }).click();
  await page.waitForURL(/klart=bekraftad/);
  expect(await page.getByRole('status').textContent()).toContain('bekräftad');
  expect(await page.locator('#mottagare + ul li').allTextContents()).toContain('Kommunen: Södertälje kommun, arbetsmarknadsenheten');
  await expectAccessible(page);
}

describe('the needs signal form', () => {
  it('with JavaScript: shows its errors in a summary that takes the focus, then is sent and confirmed', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/arbetsgivare/behov/`);
    await hydrated(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka behovssignalen' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await summary.getByRole('link', { name: 'Fyll i organisationens namn' }).click();
    expect(await focusedId(page)).toBe('f-organisation-namn');
    await expectAccessible(page);

    await fillNeeds(page, 'behov-js@exempel.example', true);
    expect(await page.inputValue('input[name="behov.yrken.0.ssyk"]')).toBe('5120');
    await page.getByRole('button', { name: 'Skicka behovssignalen' }).click();
    await page.waitForURL('**/arbetsgivare/behov/skickad/');
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
    await expectAccessible(page);
    await confirmFromMail(page, 'behov-js@exempel.example');
  });

  it('without JavaScript: errors on a page of their own with the values kept, then sent and confirmed', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/behov/`);
    await page.fill('#f-organisation-namn', 'Utan Skript AB');
    await page.fill('#f-behov-antal', 'många');
    await page.getByRole('button', { name: 'Skicka behovssignalen' }).click();
    await expectErrorPage(page, { '#f-organisation-namn': 'Utan Skript AB', '#f-behov-antal': 'många' }, { '#f-behov-antal': 'heltal' });

    await fillNeeds(page, 'behov-utan-js@exempel.example', false);
    await page.getByRole('button', { name: 'Skicka behovssignalen' }).click();
    await page.waitForURL('**/arbetsgivare/behov/skickad/');
    await confirmFromMail(page, 'behov-utan-js@exempel.example');
  });
});

async function fillGap(page: Page, javaScript: boolean) {
  await page.selectOption('#f-faRegion', '23');
  if (javaScript) await pickOccupation(page, 'f-profil-yrken-0-namn', 'kock à');
  else await page.fill('#f-profil-yrken-0-namn', '5120');
  await page.fill('#f-profil-kunskaper', 'Varmkök\nHygienrutiner');
  await page.selectOption('#f-insatser-0-skal', 'saknas');
  await page.selectOption('#f-insatser-1-insats', 'yrkesvux-restaurang-sodertalje');
  await page.selectOption('#f-insatser-1-skal', 'fel-tid');
  await page.fill('#f-berorda-arbetsgivare', '2');
  await page.fill('#f-berorda-tjanster', '5');
  await page.fill('#f-forslag', 'En kortare kurs på kvällstid.');
}

describe('the gap report form', () => {
  it("with JavaScript: a wrong key is told at the key field; with the supplier's key it is sent", async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/leverantor/brist/`);
    await hydrated(page);
    await expectAccessible(page);
    await fillGap(page, true);
    await page.fill('#f-nyckel', 'nordvind-kompetens.fel');
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await expect.poll(() => page.locator('#f-nyckel-error').textContent(), { timeout: 10_000 }).toContain('Nyckeln stämmer inte');
    await expectAccessible(page);

    await page.fill('#f-nyckel', supplierKey);
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await page.waitForURL('**/leverantor/brist/skickad/');
    expect(await page.locator('h1').textContent()).toBe('Tack! Bristrapporten är skickad');
    await expectAccessible(page);
    expect((await readOutbox(portal().outboxDir)).filter((m) => m.subject.startsWith('Ny bristrapport')).map((m) => m.to)).toContain(
      'jobbspar.stockholm@exempel.se',
    );
  });

  it('without JavaScript: no key and missing fields on a page of their own with the values kept, then sent', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/leverantor/brist/`);
    await page.fill('#f-forslag', 'Kvällskurs i svetsning.');
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await expectErrorPage(page, { '#f-forslag': 'Kvällskurs i svetsning.' }, { '#f-nyckel': 'nyckel' });

    await page.fill('#f-nyckel', supplierKey);
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await expectErrorPage(page, {}, { '#f-faRegion': 'Välj FA-regionen' });

    await page.fill('#f-nyckel', supplierKey);
    await fillGap(page, false);
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await page.waitForURL('**/leverantor/brist/skickad/');
    await expectAccessible(page);
  });
});

describe('the statistics page', () => {
  // The gap reports sent above are FA-region 23's hidden count.
  it.each([true, false])('shows the figures as a map and tables, hidden counts as "<5" (JavaScript: %s)', async (javaScript) => {
    const page = await newPage(javaScript);
    await page.goto(`${portal().url}/`);
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.waitForURL('**/statistik/');
    expect(await page.locator('h1').textContent()).toBe('Statistik över behov och brister');
    expect(await page.locator('svg.stats-map path').count()).toBeGreaterThanOrEqual(60);
    const row = page.locator('#siffror-brist tbody tr', { hasText: '23 Stockholm' });
    expect(await row.locator('td').first().textContent()).toBe('<5');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bristrapporter', exact: true }).click();
    await page.waitForURL(/matt=brist/);
    expect(await page.locator('#karta').textContent()).toContain('Bristrapporter');
    await expectAccessible(page);
  });
});
