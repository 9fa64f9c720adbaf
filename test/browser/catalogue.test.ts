/**
 * A visitor's way through the catalogue in Chromium: choose a kommun, reach its region, open an
 * intervention and a supplier, filter the catalogue, search. Every page is checked with axe.
 */
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { startPortal } from '../support/server.ts';

const { url, newPage, expectAccessible } = portalInBrowser(startPortal, (portal) => portal.close());

describe('browsing the catalogue', () => {
  it('goes from the start page to a kommun, its region, an intervention and a supplier', async () => {
    const page = await newPage();
    await page.goto(url('/'));
    await expectAccessible(page);

    await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Södertälje' });
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL('**/kommun/0181/');
    expect(await page.locator('h1').textContent()).toBe('Södertälje kommun');
    await expectAccessible(page);

    await page.getByRole('link', { name: '23 Stockholm' }).first().click();
    await page.waitForURL('**/region/23/');
    expect(await page.locator('h1').textContent()).toBe('FA-region 23 Stockholm');
    await expectAccessible(page);

    const intervention = page.locator('main .cards h4 a').first();
    const title = await intervention.textContent();
    await intervention.click();
    await page.waitForURL('**/insatser/*/');
    expect(await page.locator('h1').textContent()).toBe(title);
    await expectAccessible(page);

    await page.goto(url('/region/23/'));
    const supplier = page.locator('main h3 a[href^="/leverantorer/"]').first();
    await supplier.click();
    await page.waitForURL('**/leverantorer/*/');
    await expectAccessible(page);
  });

  it('chooses a kommun without JavaScript', async () => {
    const page = await newPage(false);
    await page.goto(url('/'));
    await page.getByLabel('Kommun', { exact: true }).selectOption('2584');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL('**/kommun/2584/');
    expect(await page.locator('h1').textContent()).toBe('Kiruna kommun');
  });

  it('can be used with the keyboard: the skip link leads to the content', async () => {
    const page = await newPage();
    await page.goto(url('/insatser/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('innehall');
  });

  it('filters the full catalogue, and shows all of it without JavaScript', async () => {
    const page = await newPage();
    await page.goto(url('/insatser/'));
    await expectAccessible(page);
    const all = await page.locator('.cards > li').count();
    await page.getByLabel('Typ').selectOption('sfi');
    await expect.poll(() => page.locator('#filter-status').textContent(), { timeout: 10_000 }).toMatch(/^Visar \d+ av \d+ insatser$/);
    const visible = await page.locator('.cards > li:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(all);
    for (const tag of await page.locator('.cards > li:visible .tag:not(.example):not(.warning)').allTextContents())
      expect(tag).toMatch(/^Sfi/);
    expect(page.url()).toContain('typ=sfi');
    await page.getByLabel('Kan göras på distans').check();
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => page.locator('.cards > li:visible').count(), { timeout: 10_000 }).toBe(all);
    await expectAccessible(page);

    const plain = await newPage(false);
    await plain.goto(url('/insatser/?typ=sfi'));
    expect(await plain.locator('.cards > li:visible').count()).toBe(all);
    expect(await plain.locator('#filter').isVisible()).toBe(false);
  });

  it('searches from the header of any page', async () => {
    const page = await newPage();
    await page.goto(url('/region/15/'));
    await page.getByLabel('Sök i katalogen').fill('undersköterska');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sok/?q=*');
    await expect.poll(() => page.locator('#sok-status').textContent(), { timeout: 10_000 }).toMatch(/träff/);
    expect(await page.locator('#sok-traffar li').count()).toBeGreaterThan(0);
    // The hits are the interventions and suppliers themselves, not the region and kommun pages that list them.
    const hits = await page.locator('#sok-traffar li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hits).toContain('/insatser/amu-underskoterska/');
    for (const href of hits) expect(href).toMatch(/^\/(insatser|leverantorer)\//);
    await expectAccessible(page);
  });
});
