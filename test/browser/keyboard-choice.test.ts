/**
 * A jobseeker who uses only the keyboard ticks suppliers to compare on a kommun's list, in every
 * language: the focus stays on each ticked box, and the comparison has every supplier ticked and
 * says how to tell Arbetsförmedlingen the choice.
 */
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { startPortal } from '../support/server.ts';
import { jobseekerLanguages, localePath } from '../../core/i18n/index.ts';

const { url, newPage, expectAccessible } = portalInBrowser(startPortal, (portal) => portal.close());

describe('ticking suppliers to compare with the keyboard', () => {
  it.each(jobseekerLanguages)('keeps the focus on each ticked box and compares all three (%s)', async (language) => {
    const page = await newPage();
    await page.goto(url(localePath(language, '/leverantorer/kommun/1280/')));
    const boxes = page.locator('.lev-pick input[type="checkbox"]');
    const ids = await boxes.evaluateAll((inputs) => inputs.slice(0, 3).map((input) => input.id));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (const id of ids) {
      for (let presses = 0; presses < 200 && (await focused()) !== id; presses++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(id);
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator(`#${id}`).isChecked()).toBe(true);
      expect(await focused(), 'the focus stays on the ticked box').toBe(id);
    }
    for (let presses = 0; presses < 200; presses++) {
      const onCompare = await page.evaluate(
        () => document.activeElement?.getAttribute('formaction') !== null && document.activeElement?.tagName === 'BUTTON',
      );
      if (onCompare) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/leverantorer/jamfor/?*');
    expect(new URL(page.url()).searchParams.getAll('lev')).toHaveLength(3);
    expect(await page.locator('.lev-compare thead th[scope="col"]').count()).toBe(3);
    expect(await page.locator('#nar-du-har-valt + ol li').count(), 'how to tell Arbetsförmedlingen the choice').toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
