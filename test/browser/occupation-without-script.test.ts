/**
 * Without JavaScript there is no list to pick an occupation from as you type: a name that is not
 * one of the occupation names ("Bagare") brings the form back with the names that contain it, to
 * pick one of, and the LOI then goes through. The needs form does the same.
 */
import { describe, expect, it } from 'vitest';
import { portalInBrowser } from '../support/browser.ts';
import { sendLoiForm } from './loi-steps.ts';
import { inAMonth } from '../../scripts/examples.ts';
import { startPortalProcess } from '../support/portal-process.ts';

const { portal, newPage, expectErrorPage, expectAccessible } = portalInBrowser(startPortalProcess, (process) => process.stop());

describe('an occupation written without JavaScript', () => {
  it('is picked among the matching occupations, and the LOI is sent', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/avsiktsforklaring/`);
    await page.fill('#f-organisation-namn', 'Bagarns Bröd AB');
    await page.fill('#f-organisation-organisationsnummer', '556677-8899');
    await page.check('#f-organisation-storlek');
    await page.selectOption('#f-arbetsplatsKommun', '0181');
    await page.fill('#f-kontakt-namn', 'Berit Bagare');
    await page.fill('#f-kontakt-roll', 'Ägare');
    await page.fill('#f-kontakt-epost', 'bagare@exempel.example');
    await page.fill('#f-kontakt-telefon', '08-555 000 23');
    await page.fill('#f-behov-yrken-0-namn', 'Bagare');
    await page.fill('#f-behov-antal', '2');
    await page.fill('#f-behov-tidigastStart', inAMonth());
    await page.check('#f-behov-anstallningsform');
    await page.fill('#f-kompetens-kunskaper', 'Surdeg');
    await page.check('#f-kompetens-svenskniva');
    await page.check('#f-anstallningsstod');
    await page.check('#f-ejBindande');
    await page.check('#f-samtycke');
    await page.fill('#f-undertecknare-namn', 'Berit Bagare');
    await page.fill('#f-undertecknare-titel', 'Ägare');
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await expectErrorPage(page, { '#f-behov-yrken-0-namn': 'Bagare' }, { '#f-behov-yrken-0-namn': 'Välj ett yrke i listan' });
    const suggestions = page.getByRole('group', { name: /menar du med "Bagare"/ });
    const offered = await suggestions
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(offered.length).toBeGreaterThan(0);
    for (const name of offered) expect(name.toLowerCase()).toContain('bagare');
    await suggestions.getByRole('radio', { name: /^Bagare\/Konditor/ }).check();
    await sendLoiForm(page);
    expect(await page.locator('h1').textContent()).toBe('Tack! Bekräfta nu din e-postadress');
  });

  it('gets suggestions in the needs form too', async () => {
    const page = await newPage(false);
    await page.goto(`${portal().url}/arbetsgivare/behov/`);
    await page.fill('#f-behov-yrken-0-namn', 'bagare');
    await page.getByRole('button', { name: /^Skicka/ }).click();
    await page.waitForSelector('.error-summary');
    expect(
      await page
        .getByRole('group', { name: /menar du med "bagare"/ })
        .getByRole('radio')
        .count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
