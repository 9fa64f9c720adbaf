/**
 * The LOI's status page behind the private link, without JavaScript: a withdrawn or unconfirmed LOI
 * is marked as such on the page and on paper, where only the LOI prints; the timeline does not
 * show waiting or withdrawn as a success; and withdrawing asks first, with a way back.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { validLoi } from '../../scripts/examples.ts';
import { postLoi } from '../support/loi-fixture.ts';
import { startPortalProcess, statusLinkFor } from '../support/portal-process.ts';

const { portal, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const successGreen = 'rgb(0, 112, 60)';
const markOf = (page: Page, step: string) =>
  page.locator('.timeline li', { hasText: step }).evaluate((li) => getComputedStyle(li, '::before').backgroundColor);

/** What shows when the page is printed. */
async function printed(page: Page, selector: string): Promise<boolean> {
  await page.emulateMedia({ media: 'print' });
  const visible = await page.isVisible(selector);
  await page.emulateMedia({ media: 'screen' });
  return visible;
}

describe('the status page of an LOI', () => {
  it('marks an unconfirmed and a withdrawn LOI in print, and asks before withdrawing', async () => {
    const email = 'status-utskrift@exempel.example';
    expect((await postLoi(portal().url, validLoi({ epost: email }), randomUUID())).status).toBe(201);
    const page = await newPage(false);
    await page.goto((await statusLinkFor(portal().outboxDir, email)).href);

    expect(await page.locator('.timeline li').first().textContent()).toContain('Inte bekräftad');
    expect(await markOf(page, 'Inte bekräftad')).not.toBe(successGreen);
    expect(await page.locator('.doc-mark').textContent()).toBe('Inte bekräftad – har inte skickats vidare');
    expect(await printed(page, '.doc-mark')).toBe(true);
    expect(await printed(page, '#avsiktsforklaring')).toBe(true);
    expect(await printed(page, 'h1')).toBe(false);

    await page.getByRole('button', { name: 'Dra tillbaka' }).click();
    expect(await page.locator('h1').textContent()).toMatch(/^Vill du dra tillbaka avsiktsförklaring LOI-\d{4}-\d{6}\?$/);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nej, gå tillbaka' }).click();
    expect(await page.locator('.status').textContent()).toBe('Inte bekräftad');

    await page.getByRole('button', { name: 'Dra tillbaka' }).click();
    await page.getByRole('button', { name: 'Ja, dra tillbaka avsiktsförklaringen' }).click();
    await page.waitForURL(/klart=tillbakadragen/);
    expect(await page.locator('.status').textContent()).toBe('Tillbakadragen');
    expect(await markOf(page, 'Tillbakadragen')).not.toBe(successGreen);
    expect(await page.locator('.doc-mark').textContent()).toBe('Tillbakadragen – gäller inte');
    expect(await printed(page, '.doc-mark')).toBe(true);
    expect(await printed(page, 'h1')).toBe(false);
    expect(await printed(page, '[role="status"]')).toBe(false);
    await expectAccessible(page);

    // A withdrawn LOI is not asked about again: its link to the step leads back to the status page.
    await page.goto((await statusLinkFor(portal().outboxDir, email)).href.replace('/status/', '/dra-tillbaka/'));
    expect(await page.locator('.status').textContent()).toBe('Tillbakadragen');
  });
});
