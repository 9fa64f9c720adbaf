/** Debian's Chromium driven by playwright-core: the browser the tests and screenshots use. */
import { chromium, type Browser } from 'playwright-core';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page against WCAG 2.0, 2.1 and 2.2 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/**
 * For a browser test file: a portal started by `start` and Chromium, both started before its tests
 * and stopped after them, with the pages of browserPages. The static-site tests run the portal's
 * server in the test process; the submission tests run it as a process of its own, with its store.
 */
export function portalInBrowser<P extends { url: string }>(start: () => Promise<P>, stop: (portal: P) => Promise<unknown>) {
  let portal: P;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([start(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    if (portal) await stop(portal);
  });
  return {
    portal: () => portal,
    url: (path: string) => portal.url + path,
    ...browserPages(
      () => browser,
      () => portal.url,
    ),
  };
}

/**
 * Pages in their own browser contexts, with or without JavaScript, and the axe check. axe needs
 * JavaScript: a page seen without it is checked as the same HTML in a page with it.
 */
export function browserPages(browser: () => Browser, portalUrl: () => string) {
  const withoutScript = new WeakSet<Page>();

  async function newPage(javaScriptEnabled = true): Promise<Page> {
    const context = await browser().newContext({ javaScriptEnabled, locale: 'sv-SE' });
    const page = await context.newPage();
    if (!javaScriptEnabled) withoutScript.add(page);
    return page;
  }

  async function expectAccessible(page: Page) {
    let checked = page;
    if (withoutScript.has(page)) {
      checked = await newPage(true);
      await checked.goto(`${portalUrl()}/404.html`);
      await checked.setContent(await page.content());
    }
    const violations = await axeViolations(checked);
    expect(violations, `${page.url()}\n${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  /**
   * A form's answer without JavaScript: a page of its own, titled "Fel: …", with what was typed
   * kept (`kept`: field selector → value) and each error next to its field (`errors`: field selector → text).
   */
  async function expectErrorPage(page: Page, kept: Record<string, string>, errors: Record<string, string>) {
    await page.waitForSelector('.error-summary');
    expect(await page.title()).toMatch(/^Fel: /);
    for (const [field, value] of Object.entries(kept)) expect(await page.inputValue(field)).toBe(value);
    for (const [field, text] of Object.entries(errors)) expect(await page.locator(`${field}-error`).textContent()).toContain(text);
    await expectAccessible(page);
  }

  return { newPage, expectAccessible, expectErrorPage };
}

/**
 * Sends a staff form by `act` and waits for the page it leads to. The saved page's address ends in
 * `?sparad=ja`, so after one save a wait for that address alone would pass at once on the page before.
 */
export async function saveWith(page: Page, act: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), act()]);
  expect(page.url()).toMatch(/sparad=ja/);
}
