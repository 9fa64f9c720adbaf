/**
 * The gap report form speaks to a person, not to an API client: an empty key is asked for as a
 * field, and without JavaScript the key's error and the other fields' errors come back together.
 */
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { startPortalProcess } from '../support/portal-process.ts';

const { portal, newPage, expectErrorPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

describe('the gap report form', () => {
  it('without JavaScript shows the missing key and the missing fields in one round', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/leverantor/brist/`);
    await page.fill('#f-forslag', 'Kvällskurs i svetsning.');
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    await expectErrorPage(
      page,
      { '#f-forslag': 'Kvällskurs i svetsning.' },
      { '#f-nyckel': 'Fyll i leverantörsnyckeln', '#f-faRegion': 'Välj FA-regionen' },
    );
    expect(await page.locator('main').textContent()).not.toMatch(/Authorization|Bearer/);
  });

  it('with JavaScript asks for the key with the other fields, before sending', async () => {
    const page = await newPage(true);
    await page.goto(`${portal().url}/leverantor/brist/`);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));
    await page.getByRole('button', { name: 'Skicka bristrapporten' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await summary.locator('li').first().textContent()).toBe('Fyll i leverantörsnyckeln');
    expect(await summary.textContent()).toContain('Välj FA-regionen');
    expect(await page.locator('main').textContent()).not.toMatch(/Authorization|Bearer/);
    await expectAccessible(page);
  });
});
