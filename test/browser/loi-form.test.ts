/**
 * The LOI form asks as little as it can: the signer only when it is not the contact person (with
 * and without JavaScript); an empty field passed on the way is not an error yet; and the error
 * summary lists the errors in the order of the form. Before it is sent, the answers are checked
 * with a way back to each field, with and without JavaScript. Its script is light until the
 * person starts to fill it in.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { sendLoiForm } from './loi-steps.ts';
import { inAMonth } from '../../scripts/examples.ts';
import { startPortalProcess } from '../support/portal-process.ts';

const { portal, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const formPath = '/arbetsgivare/avsiktsforklaring/';
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));

/** The JavaScript the page has loaded so far, gzipped, in bytes: its script files and its inline scripts. */
async function gzippedScripts(page: Page): Promise<{ files: string[]; bytes: number }> {
  const { files, inline } = await page.evaluate(() => ({
    files: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.endsWith('.js')),
    inline: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
  }));
  const bodies = await Promise.all(files.map(async (url) => Buffer.from(await (await fetch(url)).arrayBuffer())));
  const bytes = [...bodies, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzipSync(body).length, 0);
  return { files, bytes };
}

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
  it('ships at most 60 kB of gzipped JavaScript before any interaction, and checks with the schema once you start', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}${formPath}`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const before = await gzippedScripts(page);
    console.log(`The LOI form page: ${(before.bytes / 1000).toFixed(1)} kB of gzipped JavaScript before any interaction`);
    expect(before.bytes, `${before.files.join(', ')}`).toBeLessThanOrEqual(60_000);

    // The API's own rule for an organisationsnummer (its check digit), as you go.
    await page.fill('#f-organisation-organisationsnummer', '556677-8890');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#f-organisation-organisationsnummer-error').textContent())
      .toMatch(/Organisationsnumret stämmer inte/);
    const after = await gzippedScripts(page);
    expect(after.files.length, 'the schema is loaded when the person starts').toBeGreaterThan(before.files.length);
  });

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
    await sendLoiForm(page);
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

    await page.getByRole('button', { name: 'Fortsätt' }).click();
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

  it.each([false, true])('shows the answers to check, changes one from there, and sends them (JavaScript: %s)', async (javaScript) => {
    const page = await newPage(javaScript);
    await page.goto(`${portal().url}${formPath}`);
    if (javaScript) await hydrated(page);
    await fillAllButSigner(page, `kontroll-${javaScript}@exempel.example`);
    await page.getByLabel('Jag, kontaktpersonen').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    const check = page.getByRole('heading', { name: 'Kontrollera dina svar innan du skickar' });
    await check.waitFor();
    const answers = page.locator('.summary-list');
    expect(await answers.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Samma Person AB'), expect.stringContaining('Kontaktpersonen, Sara Samma (VD)')]),
    );
    expect(await page.locator('main').textContent()).toContain('Södertälje');
    expect(await page.isVisible('#f-organisation-namn')).toBe(false);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Ändra organisationens namn' }).click();
    await page.locator('#f-organisation-namn').waitFor({ state: 'visible' });
    expect(await page.inputValue('#f-organisation-namn')).toBe('Samma Person AB');
    expect(await page.inputValue('#f-kontakt-epost')).toBe(`kontroll-${javaScript}@exempel.example`);
    if (javaScript) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-organisation-namn');
    else expect(new URL(page.url()).hash).toBe('#f-organisation-namn');
    expect(await page.title()).not.toMatch(/^Fel: /);

    // An answer changed into a wrong one: the form with its error, not the check step.
    await page.fill('#f-organisation-namn', '');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.locator('#f-organisation-namn-error').waitFor();
    expect(await check.count()).toBe(0);
    await expectAccessible(page);

    await page.fill('#f-organisation-namn', 'Ändrade Namnet AB');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await check.waitFor();
    expect(await answers.first().textContent()).toContain('Ändrade Namnet AB');
    await page.getByRole('button', { name: 'Skicka avsiktsförklaringen' }).click();
    await page.waitForURL('**/avsiktsforklaring/skickad/**');
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
  });
});
