/**
 * The complaint form as a participant meets it, in Chromium: in Swedish and in Arabic, without
 * JavaScript and with it. Sent empty first, it answers with an error summary in the page's
 * language that names each field; filled in and sent, it leads to the receipt in that language.
 * Swedish names in the Arabic text are marked Swedish.
 * axe finds nothing on the form, its error state or the receipt. Each complaint reaches the outbox
 * of the recipients the routing table gives (Arbetsförmedlingen, and the kommun for its own
 * customer choice) and the inbox of Arbetsförmedlingen, which counts it by supplier and month.
 * When the API cannot take it (its problems are in Swedish), the form says so in its own language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalInBrowser } from '../support/browser.ts';
import { readOutbox, startPortalProcess } from '../support/portal-process.ts';
import { runCommand } from '../support/signal-fixture.ts';
import { signIn } from '../support/staff.ts';

const { portal, url, newPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

const af = 'anna@arbetsformedlingen.exempel.se';
beforeAll(async () => {
  await runCommand('staff', ['add', af, 'arbetsformedlingen', 'handlaggare', 'Anna', 'Andersson'], portal().dataDir);
});

const stockholm = { af: 'jobbspar.stockholm@exempel.se', kommun: 'jobbtorg@stockholm.exempel.se' };

/**
 * Each language's form, what it says, and the complaint sent from it: in Swedish about the kommun's
 * customer choice (to Arbetsförmedlingen and the kommun), in Arabic about Rusta och matcha (to
 * Arbetsförmedlingen alone).
 */
const forms = {
  sv: {
    path: '/synpunkter/',
    submit: 'Skicka',
    optional: '(frivilligt)',
    errorTitle: /^Fel: /,
    summary: 'Det finns fel i formuläret',
    missing: [
      'Välj vilken leverantör det gäller',
      'Välj vilken tjänst det gäller',
      'Välj kommunen där du deltar',
      'Välj vad det gäller',
      'Skriv vad som hände',
    ],
    receipt: 'Tack! Vi har fått det du skrev',
    complaint: { leverantor: 'framsteg-jobbcoach', tjanst: 'kundval-kommun', kommun: '0180', beskrivning: 'Tre möten blev inställda' },
    supplier: 'Framsteg Jobbcoach AB',
    recipients: [stockholm.af, stockholm.kommun],
    swedishNames: [],
  },
  ar: {
    path: '/ar/synpunkter/',
    submit: 'أرسل',
    optional: '(اختياري)',
    errorTitle: /^خطأ: /,
    summary: 'في النموذج أخطاء',
    missing: [
      'اختر المزوّد الذي يتعلق به الأمر',
      'اختر الخدمة التي يتعلق بها الأمر',
      'اختر البلدية التي تشارك فيها',
      'اختر بماذا يتعلق الأمر',
      'اكتب ماذا حدث',
    ],
    receipt: 'شكرًا! لقد وصلنا ما كتبته',
    complaint: { leverantor: 'nordvind-kompetens', tjanst: 'rusta-och-matcha', kommun: '0180', beskrivning: 'لم يحضر المرشد إلى الموعد' },
    supplier: 'Nordvind Kompetens AB',
    recipients: [stockholm.af],
    swedishNames: ['Arbetsförmedlingen'],
  },
} as const;

const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('astro-island:not([ssr])'));

/** The references of the complaints sent, as their mails name them. */
const sent: string[] = [];

describe.each(Object.entries(forms))('the complaint form in %s', (language, form) => {
  it.each([
    ['without', false],
    ['with', true],
  ])('%s JavaScript: names each missing field, then is sent and reaches its recipients', async (_, javaScript) => {
    const page = await newPage(javaScript);
    await page.goto(url(form.path));
    if (javaScript) await hydrated(page);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    for (const name of form.swedishNames)
      expect(await page.locator('main span[lang="sv"]', { hasText: name }).count(), name).toBeGreaterThan(0);
    expect(await page.locator('label[for="f-kontakt-namn"] .optional').textContent()).toBe(` ${form.optional}`);
    await expectAccessible(page);

    await page.getByRole('button', { name: form.submit, exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.locator('h2').textContent()).toBe(form.summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual(form.missing);
    expect(await page.title()).toMatch(form.errorTitle);
    // With JavaScript the form finds the errors in place; without it the server shows the form again.
    expect(new URL(page.url()).pathname).toBe(javaScript ? form.path : '/api/complaints');
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await expectAccessible(page);

    const description = `${form.complaint.beskrivning} (${javaScript ? 'js' : 'html'}).`;
    await page.selectOption('#f-leverantor', form.complaint.leverantor);
    await page.selectOption('#f-tjanst', form.complaint.tjanst);
    await page.selectOption('#f-kommun', form.complaint.kommun);
    // By keyboard: a click can land beside a radio while errors above it are cleared as you go.
    await page.focus('#f-amne');
    await page.keyboard.press('Space');
    await page.fill('#f-beskrivning', description);
    await page.getByRole('button', { name: form.submit, exact: true }).click();
    await page.waitForURL(`**${form.path}skickad/`);
    expect(await page.locator('h1').textContent()).toBe(form.receipt);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await expectAccessible(page);

    const mails = async () => (await readOutbox(portal().outboxDir)).filter((m) => m.text.includes(description));
    await expect.poll(async () => (await mails()).map((m) => m.to).sort(), { timeout: 10_000 }).toEqual(form.recipients);
    const reference = /^Ny synpunkt (\S+) om /.exec((await mails())[0]!.subject)![1]!;
    sent.push(reference);
  });
});

describe('a complaint the API cannot take just now (429, in its Swedish words)', () => {
  const tooMany = 'Vi tar emot högst 30 inskick i timmen från samma nätverksadress. Försök igen om 12 minuter.';
  const failures = [
    ['sv', tooMany],
    ['ar', 'لم نتمكن من الإرسال الآن. انتظر بضع دقائق وحاول مرة أخرى؛ ما كتبته لا يزال هنا.'],
  ] as const;

  it.each(failures)("is told in the page's language (%s), with what was written kept", async (language, told) => {
    const form = forms[language];
    const page = await newPage(true);
    await page.route('**/api/complaints**', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '720' },
        body: JSON.stringify({ type: 'about:blank', title: 'För många inskick', status: 429, detail: tooMany, errors: [] }),
      }),
    );
    await page.goto(url(form.path));
    await hydrated(page);
    await page.selectOption('#f-leverantor', form.complaint.leverantor);
    await page.selectOption('#f-tjanst', form.complaint.tjanst);
    await page.selectOption('#f-kommun', form.complaint.kommun);
    await page.focus('#f-amne');
    await page.keyboard.press('Space');
    await page.fill('#f-beskrivning', form.complaint.beskrivning);
    await page.getByRole('button', { name: form.submit, exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(told);
    expect(await page.inputValue('#f-beskrivning')).toBe(form.complaint.beskrivning);
    await expectAccessible(page);
  });
});

it('brings every complaint into the inbox of Arbetsförmedlingen, counted per supplier and month', async () => {
  const page = await newPage(true);
  const { cookie } = await signIn(portal(), af);
  const at = cookie.indexOf('=');
  await page.context().addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: portal().url }]);
  await page.goto(url('/personal/?typ=complaint'));
  const list = page.locator('table', { has: page.locator('caption') });
  for (const reference of sent) expect(await list.getByRole('link', { name: reference }).count(), reference).toBe(1);

  const counts = page.getByRole('region', { name: 'Synpunkter per leverantör och månad' }).locator('table');
  const month = new Intl.DateTimeFormat('sv', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  expect(await counts.locator('thead th').allTextContents()).toEqual(['Leverantör', month, 'Totalt']);
  const rows = await counts
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent)));
  expect(rows).toEqual([
    [forms.sv.supplier, '2', '2'],
    [forms.ar.supplier, '2', '2'],
  ]);
  await expectAccessible(page);
});
