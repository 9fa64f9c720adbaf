/**
 * A jobseeker chooses a supplier in Chromium: choose the kommun, filter by a language, compare
 * three, print the comparison; the same without JavaScript; every page in Swedish, English and
 * Arabic checked with axe. Malmö's example suppliers include a paused one and one with too few
 * participants to show results.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { startPortal } from '../support/server.ts';
import { jobseekerLanguages, localePath } from '../../core/i18n/index.ts';

const { url, newPage, expectAccessible } = portalInBrowser(startPortal, (portal) => portal.close());
const malmo = '/leverantorer/kommun/1280/';
const compareButton = { name: /^Jämför de du har kryssat i/ };

async function chooseMalmo(page: Page) {
  await page.goto(url('/leverantorer/'));
  await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Malmö' });
  await page.getByRole('button', { name: 'Visa leverantörer' }).click();
  await page.waitForURL(`**${malmo}`);
  expect(await page.locator('h1').textContent()).toBe('Leverantörer i Malmö');
}

async function compareThreeAndPrint(page: Page) {
  const boxes = page.getByRole('checkbox', { name: /^Jämför / });
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await page.getByRole('button', compareButton).click();
  await page.waitForURL('**/leverantorer/jamfor/?*');
  const compared = page.locator('.lev-compare thead th[scope="col"]');
  expect(await compared.count()).toBe(3);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  const tops = await compared.evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'side by side on paper').toBe(1);
  await page.emulateMedia({ media: 'screen' });
}

describe('a jobseeker choosing a supplier', () => {
  it('chooses a kommun, filters by a language in place, compares three and prints them', async () => {
    const page = await newPage();
    await chooseMalmo(page);
    await expectAccessible(page);
    const all = await page.locator('.lev-card').count();
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('ti');
    await expect.poll(() => page.locator('#lev-antal').textContent(), { timeout: 10_000 }).toBe(`Visar 1 av ${all} leverantörer`);
    expect(new URL(page.url()).pathname).toBe(malmo);
    expect(new URL(page.url()).search).toBe('?sprak=ti&sortera=narmast');
    for (const text of await page.locator('.lev-card:visible').allTextContents()) expect(text).toContain('tigrinja');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('');
    await expect.poll(() => page.locator('.lev-card:visible').count(), { timeout: 10_000 }).toBe(all);
    await compareThreeAndPrint(page);
    await expectAccessible(page);
  });

  it('does the same without JavaScript', async () => {
    const page = await newPage(false);
    await chooseMalmo(page);
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('ti');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL('**/leverantorer/urval/?*');
    expect(await page.locator('.lev-card').count()).toBe(1);
    expect(await page.locator('.lev-card').textContent()).toContain('tigrinja');
    expect(await page.getByRole('combobox', { name: 'Språk' }).inputValue()).toBe('ti');

    await page.getByRole('link', { name: 'Ta bort alla val' }).click();
    await page.waitForURL(`**${malmo}`);
    await compareThreeAndPrint(page);
  });

  it('shows a paused supplier without a way to compare or choose it, and no figures below 18 participants', async () => {
    const page = await newPage(false);
    await page.goto(url(malmo));
    const paused = page.locator('.lev-card', { hasText: 'Sundets Jobbstöd' });
    expect(await paused.textContent()).toContain('Du kan inte välja den här leverantören just nu');
    expect(await paused.getByRole('checkbox').count()).toBe(0);
    const few = page.locator('.lev-card', { hasText: 'Malmö Språk och Jobb' });
    expect(await few.textContent()).toContain('För få deltagare för att visa resultat.');
    expect(await few.textContent()).not.toMatch(/%|★/);

    await page.goto(url(`/leverantorer/jamfor/?kommun=1280&lev=sundets-jobbstod&lev=oresund-karriar`));
    expect(await page.locator('.lev-compare thead th[scope="col"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Sundets Jobbstöd AB kan inte väljas just nu');

    await page.goto(url(`/leverantorer/malmo-sprak-och-jobb/`));
    expect(await page.locator('main table').last().textContent()).toContain('För få deltagare');
    expect(await page.locator('main table').last().textContent()).not.toContain('%');
  });

  it('switches language on the same page, keeping the choices; Arabic reads right to left', async () => {
    const page = await newPage();
    await page.goto(url(malmo));
    await page.getByRole('checkbox', { name: 'Lokal utan trappsteg' }).check();
    await page.getByRole('link', { name: 'English' }).click();
    const malmoIn = (language: string) => (address: URL) =>
      address.pathname === `/${language}${malmo}` && address.searchParams.get('stegfritt') === 'ja';
    await page.waitForURL(malmoIn('en'));
    expect(await page.locator('h1').textContent()).toBe('Suppliers in Malmö');
    expect(await page.getByRole('checkbox', { name: 'Premises without steps' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(malmoIn('ar'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const border = await page
      .locator('.notice')
      .first()
      .evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
    expect(border).toEqual(['6px', '0px']);
  });

  it('has no accessibility violations on the list, filtered list, comparison, supplier and explanation pages in every language', async () => {
    const page = await newPage();
    for (const language of jobseekerLanguages) {
      const lang = language === 'sv' ? '' : `&lang=${language}`;
      for (const path of [
        localePath(language, '/leverantorer/'),
        localePath(language, malmo),
        `/leverantorer/urval/?kommun=1280&sprak=ar&stegfritt=ja${lang}`,
        `/leverantorer/jamfor/?kommun=1280&lev=oresund-karriar&lev=rosengards-jobbverkstad&lev=malmo-sprak-och-jobb${lang}`,
        localePath(language, '/leverantorer/sundets-jobbstod/'),
        localePath(language, '/leverantorer/om-valet/'),
      ]) {
        await page.goto(url(path));
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe(language);
        await expectAccessible(page);
      }
    }
  });

  it('compares in a table, a fact per row and a supplier per column, with each one’s contact and how to tell the choice, in every language', async () => {
    const page = await newPage(false);
    const nextStep = {
      sv: 'Berätta för Arbetsförmedlingen vad du valt',
      en: 'Tell Arbetsförmedlingen what you chose',
      ar: 'أخبر مكتب العمل بما اخترته',
    };
    for (const language of jobseekerLanguages) {
      const lang = language === 'sv' ? '' : `&lang=${language}`;
      await page.goto(url(`/leverantorer/jamfor/?kommun=1280&lev=oresund-karriar&lev=rosengards-jobbverkstad${lang}`));
      const table = page.locator('.table-scroll[tabindex="0"][aria-labelledby] > table.lev-compare');
      expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
        expect.stringContaining('Öresund'),
        expect.stringContaining('Rosengård'),
      ]);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      for (const row of await rows.all()) expect(await row.locator('td').count()).toBe(2);
      const contact = rows.last();
      expect(await contact.locator('a[href^="mailto:"]').count()).toBe(2);
      const text = (await page.locator('main').textContent())!;
      expect(text, 'results periods in words').not.toMatch(/\d{4}-H[12]/);
      expect(await page.locator('#nar-du-har-valt').textContent()).toBe(nextStep[language]);
      expect(await page.locator('#nar-du-har-valt + ol').textContent()).toContain('Mina sidor');
    }
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
