/**
 * An employer signs a Letter of Intent in Chromium: the form filled with the keyboard only,
 * sent, confirmed from the link in the e-mail, followed and withdrawn; the same without
 * JavaScript. The form (also with its errors), the page after sending and the status page pass axe.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { sendLoiForm } from './loi-steps.ts';
import { inAMonth } from '../../scripts/examples.ts';
import { startPortalProcess, statusLinkFor } from '../support/portal-process.ts';

const { portal, newPage, expectAccessible, expectErrorPage } = portalInBrowser(startPortalProcess, (process) => process.stop());

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the field with `id` has focus, as a keyboard user moves through the form. */
async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 60; presses++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** Fills the whole form with the keyboard only: Tab, typing, Space, arrow keys and Enter. */
async function fillWithKeyboard(page: Page, email: string) {
  await typeInto(page, 'f-organisation-namn', 'Tangentbordets Kök AB');
  await typeInto(page, 'f-organisation-organisationsnummer', '556677-8899');
  await tabTo(page, 'f-organisation-storlek');
  await page.keyboard.press('ArrowDown'); // 10–49
  // A closed list box: the same letter again moves to the next kommun with that letter.
  await tabTo(page, 'f-arbetsplatsKommun');
  for (let presses = 0; presses < 40 && (await page.inputValue('#f-arbetsplatsKommun')) !== '0181'; presses++)
    await page.keyboard.press('S');
  expect(await page.inputValue('#f-arbetsplatsKommun')).toBe('0181');
  await typeInto(page, 'f-kontakt-namn', 'Tove Tangent');
  await typeInto(page, 'f-kontakt-roll', 'Köksmästare');
  await typeInto(page, 'f-kontakt-epost', email);
  await typeInto(page, 'f-kontakt-telefon', '08-555 000 11');
  // The occupation picker: type, move down the list, choose with Enter.
  await typeInto(page, 'f-behov-yrken-0-namn', 'kock à');
  await page.locator('.combobox-list [role="option"]').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await page.inputValue('#f-behov-yrken-0-namn')).toMatch(/^Kock à la carte$/);
  expect(await page.inputValue('input[name="behov.yrken.0.ssyk"]')).toBe('5120');
  await typeInto(page, 'f-behov-antal', '2');
  await typeInto(page, 'f-behov-tidigastStart', inAMonth());
  await tabTo(page, 'f-behov-anstallningsform');
  await page.keyboard.press('Space');
  await typeInto(page, 'f-kompetens-kunskaper', 'Varmkök');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hygienrutiner');
  await tabTo(page, 'f-kompetens-svenskniva');
  await page.keyboard.press('ArrowDown'); // grundläggande
  await tabTo(page, 'f-erbjuder-praktikplatser');
  await page.keyboard.press('Space');
  await tabTo(page, 'f-anstallningsstod');
  await page.keyboard.press('Space');
  await tabTo(page, 'f-ejBindande');
  await page.keyboard.press('Space');
  await tabTo(page, 'f-samtycke');
  await page.keyboard.press('Space');
  await typeInto(page, 'f-undertecknare-namn', 'Tove Tangent');
  await typeInto(page, 'f-undertecknare-titel', 'Köksmästare');
}

/** From the e-mail's link: confirm, see it received, withdraw it; the print button is there where JavaScript runs. */
async function confirmAndWithdraw(page: Page, email: string, javaScript: boolean) {
  await page.goto((await statusLinkFor(portal().outboxDir, email)).href);
  expect(await page.locator('.status').textContent()).toBe('Inte bekräftad');
  const print = page.getByRole('button', { name: 'Skriv ut avsiktsförklaringen' });
  if (javaScript) await print.waitFor();
  expect(await print.isVisible()).toBe(javaScript);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bekräfta och skicka vidare' }).press('Enter');
  await page.waitForURL(/klart=bekraftad/);
  expect(await page.locator('.status').textContent()).toBe('Mottagen');
  expect(await page.getByRole('status').textContent()).toContain('bekräftad');
  await expect.poll(() => page.locator('#mottagare + ul li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Dra tillbaka' }).press('Enter');
  // Withdrawing cannot be undone: a page asks first.
  await page.getByRole('button', { name: 'Ja, dra tillbaka avsiktsförklaringen' }).press('Enter');
  await page.waitForURL(/klart=tillbakadragen/);
  expect(await page.locator('.status').textContent()).toBe('Tillbakadragen');
  expect(await page.getByRole('button', { name: 'Dra tillbaka' }).count()).toBe(0);
}

describe('the Letter of Intent form', () => {
  it('is filled with the keyboard only, sent, confirmed from the e-mail and withdrawn', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));
    await expectAccessible(page);

    const email = 'tangentbord@exempel.example';
    await fillWithKeyboard(page, email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fortsätt');
    await page.keyboard.press('Enter');
    // The check step takes the focus; Tab goes past each answer's "Ändra" to the button that sends.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 })
      .toBe('Kontrollera dina svar innan du skickar');
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Skicka avsiktsförklaringen') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skicka avsiktsförklaringen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/avsiktsforklaring/skickad/**');
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
    expect(await page.locator('main').textContent()).toMatch(/LOI-\d{4}-\d{6}/);
    expect(await page.locator('.match-list li').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await confirmAndWithdraw(page, email, true);
  });

  it('shows its errors as you go and in a summary that takes the focus', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));
    await typeInto(page, 'f-organisation-organisationsnummer', '556677-8898');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#f-organisation-organisationsnummer-error').textContent(), { timeout: 10_000 })
      .toContain('stämmer inte');
    expect(await page.getAttribute('#f-organisation-organisationsnummer', 'aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Fortsätt' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await summary.locator('li').count()).toBeGreaterThan(10);
    await summary.getByRole('link', { name: 'Fyll i organisationens namn' }).click();
    expect(await focusedId(page)).toBe('f-organisation-namn');
    await expectAccessible(page);
  });

  it('works without JavaScript: errors on a page of their own with the values kept, then sent and followed', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.fill('#f-organisation-namn', 'Formulärets Bageri AB');
    await page.fill('#f-behov-yrken-0-namn', 'Kock à la carte');
    await page.fill('#f-kontakt-epost', 'inget-js@exempel.example');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await expectErrorPage(
      page,
      { '#f-organisation-namn': 'Formulärets Bageri AB', '#f-behov-yrken-0-namn': 'Kock à la carte' },
      { '#f-organisation-organisationsnummer': 'Fyll i organisationsnumret' },
    );

    await page.fill('#f-organisation-organisationsnummer', '556677-8899');
    await page.check('#f-organisation-storlek');
    await page.selectOption('#f-arbetsplatsKommun', '0181');
    await page.fill('#f-kontakt-namn', 'Nils Utan-Skript');
    await page.fill('#f-kontakt-roll', 'Ägare');
    await page.fill('#f-kontakt-telefon', '08-555 000 22');
    await page.fill('#f-behov-antal', '1');
    await page.fill('#f-behov-tidigastStart', inAMonth());
    await page.check('#f-behov-anstallningsform');
    await page.fill('#f-kompetens-kunskaper', 'Degknådning\nTidiga morgnar');
    await page.check('#f-kompetens-svenskniva');
    await page.check('#f-anstallningsstod');
    await page.check('#f-ejBindande');
    await page.check('#f-samtycke');
    await page.fill('#f-undertecknare-namn', 'Nils Utan-Skript');
    await page.fill('#f-undertecknare-titel', 'Ägare');
    await sendLoiForm(page);
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
    await expectAccessible(page);

    await confirmAndWithdraw(page, 'inget-js@exempel.example', false);
  });
});
