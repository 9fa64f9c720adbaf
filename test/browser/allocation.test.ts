/**
 * The LOI form asks which supplier only where the workplace's region lets the employer choose
 * (FA-region 15 Göteborg in the example catalogue), listing the suppliers that take LOIs from the
 * kommun with links to their pages: with JavaScript as soon as the kommun is chosen, without it on
 * the form shown again. The status page says which supplier got the LOI and why.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { sendLoiForm } from './loi-steps.ts';
import { inAMonth } from '../../scripts/examples.ts';
import { startPortalProcess, statusLinkFor } from '../support/portal-process.ts';

const { portal, newPage, expectAccessible, expectErrorPage } = portalInBrowser(startPortalProcess, (process) => process.stop());

const choices = (page: Page) => page.locator('input[name="leverantor"]');

/** The suppliers offered, as their labels read, in order. */
const offered = (page: Page) => page.locator('#f-leverantor').locator('xpath=ancestor::fieldset').locator('label').allTextContents();

/** Everything but the occupation and the supplier, as a person without the keyboard-only constraint fills it. */
async function fillForm(page: Page, kommun: string, email: string) {
  await page.fill('#f-organisation-namn', 'Varvets Kök AB');
  await page.fill('#f-organisation-organisationsnummer', '556677-8899');
  await page.check('#f-organisation-storlek');
  await page.selectOption('#f-arbetsplatsKommun', kommun);
  await page.fill('#f-kontakt-namn', 'Vera Varv');
  await page.fill('#f-kontakt-roll', 'Ägare');
  await page.fill('#f-kontakt-epost', email);
  await page.fill('#f-kontakt-telefon', '031-555 000 33');
  await page.fill('#f-behov-antal', '2');
  await page.fill('#f-behov-tidigastStart', inAMonth());
  await page.check('#f-behov-anstallningsform');
  await page.fill('#f-kompetens-kunskaper', 'Varmkök');
  await page.check('#f-kompetens-svenskniva');
  await page.check('#f-anstallningsstod');
  await page.check('#f-ejBindande');
  await page.check('#f-samtycke');
  await page.fill('#f-undertecknare-namn', 'Vera Varv');
  await page.fill('#f-undertecknare-titel', 'Ägare');
}

/** Confirms the LOI from the e-mail's link and gives the status page's text about its recipients. */
async function confirmed(page: Page, email: string): Promise<string> {
  await page.goto((await statusLinkFor(portal().outboxDir, email)).href);
  await page.getByRole('button', { name: 'Bekräfta och skicka vidare' }).click();
  await page.waitForURL(/klart=bekraftad/);
  await expectAccessible(page);
  return (await page.locator('section[aria-labelledby="mottagare"]').textContent()) ?? '';
}

describe('the choice of supplier on the LOI form', () => {
  it('with JavaScript, appears when the kommun’s region lets the employer choose, and goes when it does not', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));
    expect(await page.locator('main').textContent()).toContain('I vissa regioner väljer du leverantör själv');
    expect(await choices(page).count()).toBe(0);

    await page.selectOption('#f-arbetsplatsKommun', '1480');
    await choices(page).first().waitFor();
    expect(await offered(page)).toEqual(['Hamnlyftet Väst AB', 'Älvstrand Utbildning AB']);
    expect(await page.getByRole('link', { name: 'Om Älvstrand Utbildning AB (öppnas i en ny flik)' }).getAttribute('href')).toBe(
      '/leverantorer/alvstrand-utbildning/',
    );
    await expectAccessible(page);

    // Härryda: Älvstrand's contract does not cover it.
    await page.selectOption('#f-arbetsplatsKommun', '1401');
    await expect.poll(() => offered(page)).toEqual(['Hamnlyftet Väst AB']);
    // Malmö: FA-region 01 allocates in turn.
    await page.selectOption('#f-arbetsplatsKommun', '1280');
    await expect.poll(() => choices(page).count()).toBe(0);
  });

  it('with JavaScript, must be answered, and the LOI goes to the supplier chosen', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));
    const email = 'val-med-js@exempel.example';
    await fillForm(page, '1480', email);
    await page.fill('#f-behov-yrken-0-namn', 'kock à');
    await page.locator('.combobox-list [role="option"]').first().click();

    await page.getByRole('button', { name: 'Fortsätt' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual(['Välj vilken leverantör som ska få din avsiktsförklaring']);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-leverantor');
    await expectAccessible(page);

    await page.check('input[name="leverantor"][value="alvstrand-utbildning"]');
    await sendLoiForm(page);
    const sentTo = await confirmed(page, email);
    expect(sentTo).toContain('Leverantör av jobbspår: Älvstrand Utbildning AB');
    expect(sentTo).not.toContain('Hamnlyftet');
    expect(sentTo).toContain('du valde den här');
  });

  it('without JavaScript, is shown on the form again with the region’s suppliers, and the LOI goes to the one chosen', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    expect(await choices(page).count()).toBe(0);
    const email = 'val-utan-js@exempel.example';
    await fillForm(page, '1480', email);
    await page.fill('#f-behov-yrken-0-namn', 'Kock à la carte');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await expectErrorPage(
      page,
      { '#f-organisation-namn': 'Varvets Kök AB', '#f-arbetsplatsKommun': '1480' },
      { '#f-leverantor': 'Välj vilken leverantör som ska få din avsiktsförklaring' },
    );
    expect(await offered(page)).toEqual(['Hamnlyftet Väst AB', 'Älvstrand Utbildning AB']);

    await page.check('input[name="leverantor"][value="hamnlyftet-vast"]');
    await sendLoiForm(page);
    const sentTo = await confirmed(page, email);
    expect(sentTo).toContain('Leverantör av jobbspår: Hamnlyftet Väst AB');
    expect(sentTo).not.toContain('Älvstrand');
  });

  it('is not asked where the region allocates in turn; the status page says the LOI went to the supplier whose turn it was', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    const email = 'tur-utan-js@exempel.example';
    await fillForm(page, '1280', email);
    await page.fill('#f-behov-yrken-0-namn', 'Kock à la carte');
    await sendLoiForm(page);
    const sentTo = await confirmed(page, email);
    expect(sentTo).toContain('Leverantör av jobbspår: Skånsk Yrkesbro AB');
    expect(sentTo).toContain('i tur och ordning');
  });
});
