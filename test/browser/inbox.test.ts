/**
 * The staff workspace as its users meet it, in Chromium: an admin of Malmö kommun and a
 * handläggare of the jobbspår supplier whose turn it is in FA-region 01 are added with
 * `npm run staff`; an employer's LOI for Malmö comes in; the supplier's handläggare signs in from
 * the mail, finds the LOI with the keyboard only, sets Kontaktad, takes it on and writes to the
 * employer, who sees all three on the status page; the kommun's admin sees the LOI, a person of
 * Stockholm's kommun gets 404. The list, the item and a change of status also work without
 * JavaScript. Every page passes axe: the inbox empty, filtered and with an error, and the item.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser, saveWith } from '../support/browser.ts';
import { linkFor, startPortalProcess } from '../support/portal-process.ts';
import { runCommand } from '../support/signal-fixture.ts';
import { confirmedLoi } from '../support/staff.ts';

const { portal, url, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const supplier = 'sara@yrkesbro.exempel.se';
const malmo = 'maja@malmo.exempel.se';
const stockholm = 'sven@stockholm.exempel.se';
const employer = 'bageriet@exempel.example';
let loi: Awaited<ReturnType<typeof confirmedLoi>>;

beforeAll(async () => {
  const add = (...args: string[]) => runCommand('staff', ['add', ...args], portal().dataDir);
  await add(malmo, 'kommun-1280', 'admin', 'Maja', 'Malm');
  await add(supplier, 'skansk-yrkesbro', 'handlaggare', 'Sara', 'Svensson');
  await add(stockholm, 'kommun-0180', 'handlaggare', 'Sven', 'Stål');
});

/** Signs in as a person does, from the sign-in form and the link in the outbox, by keyboard. */
async function signIn(page: Page, email: string) {
  await page.goto(url('/personal/logga-in/'));
  await page.focus('#f-epost');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Titta i din e-post' }).waitFor();
  await page.goto((await linkFor(portal().outboxDir, email, '/personal/logga-in/lank/')).href);
  await page.getByRole('button', { name: 'Logga in' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/personal\/$/);
}

/** Tabs forward until the focused element's text is `text`, or its id `#id`, as a keyboard user does. */
async function tabTo(page: Page, target: string) {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
    if (focused.text === target || `#${focused.id}` === target) return;
  }
  throw new Error(`Could not reach «${target}» with Tab`);
}

it('shows an empty inbox, and one with a filter in error, each passing axe', async () => {
  const page = await newPage(true);
  await signIn(page, stockholm);
  expect(await page.title()).toMatch(/^Inkorg/);
  expect(await page.locator('main').textContent()).toContain('Inget har kommit in ännu.');
  await expectAccessible(page);
  await page.fill('#f-yrke', 'bagare');
  await page.focus('#f-yrke');
  await page.keyboard.press('Enter');
  await page.locator('.error-summary').waitFor();
  expect(await page.title()).toMatch(/^Fel: Inkorg/);
  expect(await page.getAttribute('.error-summary a', 'href')).toBe('#f-yrke');
  await expectAccessible(page);
});

it('takes an LOI from the inbox to the employer: found by keyboard, Kontaktad, a responsible person and a message', async () => {
  loi = await confirmedLoi(portal(), '1280', employer);
  const page = await newPage(true);
  await signIn(page, supplier);
  await expectAccessible(page);

  await tabTo(page, loi.reference);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/personal/arende/loi/${loi.id}/$`));
  await expectAccessible(page);

  // The first later status, Kontaktad, is chosen; the button after it sends.
  await tabTo(page, 'Ändra status');
  await saveWith(page, () => page.keyboard.press('Enter'));
  expect(await page.getByRole('status').textContent()).toBe('Ändringen är sparad.');
  expect(await page.locator('main dl.facts').first().textContent()).toContain('Kontaktad');

  // The person signed in is chosen to be responsible.
  await tabTo(page, 'Utse ansvarig');
  await saveWith(page, () => page.keyboard.press('Enter'));
  expect(await page.locator('main dl.facts').first().textContent()).toContain('Sara Svensson, Skånsk Yrkesbro AB');

  await tabTo(page, '#f-message-text');
  await page.keyboard.type('Hej! Jag ringer dig på tisdag förmiddag.');
  await tabTo(page, 'Skicka meddelandet');
  await saveWith(page, () => page.keyboard.press('Enter'));
  expect(await page.locator('.timeline').textContent()).toContain('Hej! Jag ringer dig på tisdag förmiddag.');
  await expectAccessible(page);

  const status = await newPage(true);
  await status.goto(loi.link.href);
  const main = await status.locator('main').textContent();
  for (const shown of [
    'Kontaktad',
    'Din kontaktperson',
    'Sara Svensson',
    'Skånsk Yrkesbro AB',
    supplier,
    'Hej! Jag ringer dig på tisdag förmiddag.',
  ])
    expect(main).toContain(shown);
  await expectAccessible(status);
});

it("shows the LOI to the kommun's admin, and to a person of another kommun it is not found", async () => {
  const admin = await newPage(true);
  await signIn(admin, malmo);
  await admin.goto(url('/personal/?typ=loi&kommun=1280'));
  expect(await admin.locator('table').textContent()).toContain(loi.reference);
  await expectAccessible(admin);

  const other = await newPage(true);
  await signIn(other, stockholm);
  const response = await other.goto(url(`/personal/arende/loi/${loi.id}/`));
  expect(response?.status()).toBe(404);
});

it('lists, shows and changes an item without JavaScript', async () => {
  const page = await newPage(false);
  await signIn(page, supplier);
  await page.goto(url('/personal/?status=handled'));
  await page.getByRole('link', { name: loi.reference }).click();
  await page.waitForURL(new RegExp(`/personal/arende/loi/${loi.id}/$`));
  await page.selectOption('#f-status-status', 'planned');
  await saveWith(page, () => page.getByRole('button', { name: 'Ändra status' }).click());
  expect(await page.locator('main dl.facts').first().textContent()).toContain('Jobbspår planerat');
});
