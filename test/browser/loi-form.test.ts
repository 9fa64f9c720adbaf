/**
 * The LOI form asks as little as it can: the signer only when it is not the contact person (with
 * and without JavaScript); an empty field passed on the way is not an error yet; and the error
 * summary lists the errors in the order of the form.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { inAMonth } from '../../scripts/examples.ts';
import { startPortalProcess } from '../support/portal-process.ts';

const { portal, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const formPath = '/arbetsgivare/avsiktsforklaring/';
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));

/** Everything but the signer. */
async function fillAllButSigner(page: Page, email: string) {
  await page.fill('#f-organisation-namn', 'Samma Person AB');
  await page.fill('#f-organisation-organisationsnummer', '556677-8899');
  await page.check('#f-organisation-storlek');
  await page.selectOption('#f-arbetsplatsKommun', '0181');
  await page.fill('#f-kontakt-namn', 'Sara Samma');
  await page.fill('#f-kontakt-roll', 'VD');
  await page.fill('#f-kontakt-epost', email);
  await page.fill('#f-kontakt-telefon', '08-555 000 24');
  await page.fill('#f-behov-yrken-0-namn', '5120');
  await page.fill('#f-behov-antal', '1');
  await page.fill('#f-behov-tidigastStart', inAMonth());
  await page.check('#f-behov-anstallningsform');
  await page.fill('#f-kompetens-kunskaper', 'Matlagning');
  await page.check('#f-kompetens-svenskniva');
  await page.check('#f-anstallningsstod');
  await page.check('#f-ejBindande');
  await page.check('#f-samtycke');
}

describe('the LOI form', () => {
  it.each([false, true])('asks for the signer only when it is not the contact person (JavaScript: %s)', async (javaScript) => {
    const page = await newPage(javaScript);
    await page.goto(`${portal().url}${formPath}`);
    if (javaScript) await hydrated(page);
    expect(await page.isVisible('#f-undertecknare-namn')).toBe(true);
    await fillAllButSigner(page, `samma-${javaScript}@exempel.example`);
    await page.getByLabel('Jag, kontaktpersonen').check();
    expect(await page.isVisible('#f-undertecknare-namn')).toBe(false);
    expect(await page.isVisible('#f-undertecknare-titel')).toBe(false);
    await expectAccessible(page);
    await page.getByLabel('Någon annan').check();
    expect(await page.isVisible('#f-undertecknare-namn')).toBe(true);
    await page.getByLabel('Jag, kontaktpersonen').check();
    await page.getByRole('button', { name: 'Skicka avsiktsförklaringen' }).click();
    await page.waitForURL('**/avsiktsforklaring/skickad/**');
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
  });

  it('says nothing of an empty field passed by, and lists its errors in the order of the form', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}${formPath}`);
    await hydrated(page);
    await page.focus('#f-organisation-namn');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.locator('.field-error').count(), 'no error for a field only passed').toBe(0);

    await page.getByRole('button', { name: 'Skicka avsiktsförklaringen' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    const linked = await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    const inForm = await page
      .locator('form.loi-form')
      .evaluate((form, ids) => [...(form as HTMLFormElement).elements].map((e) => e.id).filter((id) => ids.includes(id)), linked);
    expect(linked).toEqual(inForm);
    expect(linked).not.toContain('f-undertecknare-namn-error');
    await expectAccessible(page);
  });
});
