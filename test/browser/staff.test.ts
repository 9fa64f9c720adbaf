/**
 * The staff's sign-in in Chromium, by keyboard: the sign-in form (and its error), the page after
 * asking for a link, the page behind the mailed link, the inbox at /personal/ and signing out. Every page
 * passes axe.
 */
import { beforeAll, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { linkFor, startPortalProcess } from '../support/portal-process.ts';
import { runCommand } from '../support/signal-fixture.ts';

const { portal, url, newPage, expectAccessible, expectErrorPage } = portalInBrowser(startPortalProcess, (process) => process.stop());

const email = 'sara.sundberg@nordvind.exempel.se';

// After the portal has started: hooks run in the order they are registered.
beforeAll(async () => {
  await runCommand('staff', ['add', email, 'nordvind-kompetens', 'handlaggare', 'Sara', 'Sundberg'], portal().dataDir);
});

it('signs in from the mail and out again with the keyboard, every page passing axe', async () => {
  const page = await newPage(true);
  await page.goto(url('/personal/'));
  expect(new URL(page.url()).pathname).toBe('/personal/logga-in/');
  expect(await page.title()).toMatch(/^Logga in/);
  await expectAccessible(page);

  await page.focus('#f-epost');
  await page.keyboard.type('sara-at-nordvind');
  await page.keyboard.press('Enter');
  await expectErrorPage(page, { '#f-epost': 'sara-at-nordvind' }, { '#f-epost': 'Skriv e-postadressen som namn@exempel.se' });
  expect(await page.getAttribute('.error-summary a', 'href')).toBe('#f-epost');
  expect(await page.getAttribute('#f-epost', 'aria-describedby')).toBe('f-epost-hint f-epost-error');

  await page.fill('#f-epost', email);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Titta i din e-post' }).waitFor();
  await expectAccessible(page);

  await page.goto((await linkFor(portal().outboxDir, email, '/personal/logga-in/lank/')).href);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Logga in' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/personal\/$/);
  const signedInAs = await page.locator('nav.staff-bar').textContent();
  for (const shown of ['Sara Sundberg', 'Nordvind Kompetens AB', 'handläggare']) expect(signedInAs).toContain(shown);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Logga ut' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/utloggad=ja/);
  expect(await page.getByRole('status').textContent()).toBe('Du är utloggad.');
  await expectAccessible(page);
  await page.goto(url('/personal/'));
  expect(new URL(page.url()).pathname).toBe('/personal/logga-in/');
});

it('shows a used link as a page that leads to a new one, passing axe', async () => {
  const page = await newPage(false);
  const link = await linkFor(portal().outboxDir, email, '/personal/logga-in/lank/');
  await page.goto(link.href);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');
  expect(await page.locator('main').textContent()).toContain('Länken är redan använd');
  await expectAccessible(page);
});
