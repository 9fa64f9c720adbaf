/**
 * WCAG 1.4.10 Reflow: every kind of page, at 320 CSS pixels wide (a phone, or 400 % zoom of a
 * 1280 px window), reads without scrolling sideways. A table wider than that scrolls in a region of
 * its own that the keyboard reaches and a screen reader names.
 */
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { startPortalProcess } from '../support/portal-process.ts';

const { url, newPage } = portalInBrowser(startPortalProcess, (process) => process.stop());

/** One page of each kind, the jobseeker's in English and Arabic too. */
const pages = [
  '/',
  '/en/',
  '/ar/',
  '/insatser/',
  '/insatser/amu-installationselektriker/',
  '/region/',
  '/region/23/',
  '/kommun/',
  '/kommun/1280/',
  '/leverantorer/',
  '/leverantorer/kommun/1280/',
  '/leverantorer/urval/?kommun=1280&sprak=ti',
  '/leverantorer/jamfor/?kommun=1280&lev=oresund-karriar&lev=skansk-yrkesbro&lev=malmo-sprak-och-jobb',
  '/leverantorer/oresund-karriar/',
  '/leverantorer/om-valet/',
  '/en/leverantorer/',
  '/en/leverantorer/kommun/1280/',
  '/en/leverantorer/oresund-karriar/',
  '/ar/leverantorer/',
  '/ar/leverantorer/kommun/1280/',
  '/ar/leverantorer/oresund-karriar/',
  '/synpunkter/',
  '/en/synpunkter/',
  '/ar/synpunkter/',
  '/valj/',
  '/sok/',
  '/sok/?q=svetsare',
  '/data/',
  '/statistik/',
  '/tillganglighet/',
  '/kontakt/',
  '/arbetsgivare/',
  '/arbetsgivare/avsiktsforklaring/',
  '/arbetsgivare/behov/',
  '/arbetsgivare/behov/skickad/',
  '/leverantor/brist/',
  '/leverantor/brist/skickad/',
  '/personal/logga-in/',
  '/finns-inte/',
];

describe('reflow at 320 CSS pixels', () => {
  it.each(pages)('%s scrolls only downwards, its tables in a labelled, focusable scroll region', async (path) => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(path === '/finns-inte/' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    const { scrollWidth, viewport, tables } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      tables: [...document.querySelectorAll('main table')].map((table) => {
        const region = table.closest('.table-scroll');
        return {
          inRegion: region !== null,
          focusable: region?.getAttribute('tabindex') === '0',
          region: region?.tagName === 'SECTION' || region?.getAttribute('role') === 'region',
          named: Boolean(region?.getAttribute('aria-labelledby') || region?.getAttribute('aria-label')),
        };
      }),
    }));
    expect(scrollWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(viewport);
    for (const table of tables) expect(table).toEqual({ inRegion: true, focusable: true, region: true, named: true });
  });
});
