/** The jobseeker's supplier pages as built: the choice rules, the languages and the size budget. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { hasEnded, offerIn } from '../../core/catalogue/choice.ts';
import { latestResults, publishedSupplier, showsFigures } from '../../core/catalogue/results.ts';
import { jobseekerLanguages, jobseekerTexts, localePath } from '../../core/i18n/index.ts';
import { kommuner } from '../../core/reference/index.ts';
import { jobseekerChoiceServices } from '../../core/catalogue/vocabulary.ts';
import { builtSiteDir, contentDir } from '../support/paths.ts';

const { catalogue } = loadCatalogue(contentDir);
const suppliers = catalogue.leverantorer;
const page = (path: string) => readFileSync(join(builtSiteDir, path, 'index.html'), 'utf8');
const listPath = (kod: string, language: (typeof jobseekerLanguages)[number] = 'sv') =>
  localePath(language, `/leverantorer/kommun/${kod}/`);
const offeredIn = (kod: string) => suppliers.filter((s) => offerIn(s.data, kod));
/** The cards of a list page, by supplier slug. */
function cards(html: string): Map<string, string> {
  const cardList = html
    .split('<li class="lev-card"')
    .slice(1)
    .map((rest) => rest.slice(0, rest.indexOf('</li>')));
  return new Map(cardList.map((card) => [/ data-lev="\{&quot;slug&quot;:&quot;([a-z0-9-]+)/.exec(card)![1]!, card]));
}

/** Gzipped bytes of a page's module scripts and everything they import. */
function scriptBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(builtSiteDir, file), 'utf8');
    for (const [, path] of source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(join('_astro', path!));
  };
  for (const [, src] of html.matchAll(/<script[^>]* src="\/([^"]+)"/g)) visit(src!);
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(builtSiteDir, file))).length, 0);
}

describe("the jobseeker's supplier pages", () => {
  it('list every kommun in Swedish, English and Arabic, right to left in Arabic', () => {
    for (const language of jobseekerLanguages) {
      for (const k of kommuner)
        expect(existsSync(join(builtSiteDir, listPath(k.kod, language), 'index.html')), `${language} ${k.kod}`).toBe(true);
    }
    expect(page(listPath('0180', 'ar'))).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page(listPath('0180', 'en'))).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('list exactly the suppliers offered in the kommun; a terminated one nowhere, and its page says so', () => {
    for (const k of kommuner)
      expect([...cards(page(listPath(k.kod))).keys()].sort(), k.kod).toEqual(
        offeredIn(k.kod)
          .map((s) => s.slug)
          .sort(),
      );
    const ended = suppliers.filter((s) => hasEnded(s.data));
    expect(ended.length).toBeGreaterThan(0);
    for (const s of ended) {
      for (const k of kommuner) expect(cards(page(listPath(k.kod))).has(s.slug)).toBe(false);
      for (const language of jobseekerLanguages)
        expect(page(localePath(language, `/leverantorer/${s.slug}/`))).toContain(jobseekerTexts(language).supplier.terminated);
    }
  });

  it('list only the services where the jobseeker chooses; a procured service keeps its supplier page', () => {
    const procuredOnly = suppliers.filter((s) => s.data.tjanster.every((t) => !jobseekerChoiceServices.some((c) => c === t.tjanst)));
    expect(procuredOnly.map((s) => s.slug)).toEqual(
      expect.arrayContaining(['skansk-yrkesbro', 'alvstrand-utbildning', 'malardalens-vardskola']),
    );
    for (const s of procuredOnly) {
      for (const k of kommuner) expect(cards(page(listPath(k.kod))).has(s.slug), `${s.slug} in ${k.kod}`).toBe(false);
      expect(existsSync(join(builtSiteDir, `/leverantorer/${s.slug}/`, 'index.html')), s.slug).toBe(true);
    }
    // Hamnlyftet runs jobbspår too: its card in Göteborg shows only its Rusta och matcha result and rating.
    const card = cards(page(listPath('1480'))).get('hamnlyftet-vast')!;
    expect(card).toContain('&quot;tjanster&quot;:[&quot;rusta-och-matcha&quot;]');
    expect(card).toContain('&quot;betyg&quot;:{&quot;rusta-och-matcha&quot;:4}');
    expect(card).not.toContain(jobseekerTexts().labels.tjanst.jobbspar);
  });

  it('show no result figures below the participant threshold, and no comparison box for a paused supplier', () => {
    let tooFew = 0;
    let paused = 0;
    for (const k of kommuner) {
      for (const [slug, card] of cards(page(listPath(k.kod)))) {
        const supplier = suppliers.find((s) => s.slug === slug)!.data;
        const offer = offerIn(supplier, k.kod)!;
        const results = latestResults(
          publishedSupplier(supplier).resultat,
          offer.services.map((s) => s.tjanst),
        );
        if (results.length > 0 && !results.some(showsFigures)) {
          tooFew++;
          expect(card).toContain(jobseekerTexts().choice.tooFew);
          expect(card, `${slug} in ${k.kod}`).not.toMatch(/%|★/);
        }
        if (!offer.choosable) {
          paused++;
          expect(card).toContain(jobseekerTexts().choice.paused);
          expect(card).not.toContain('name="lev"');
        } else expect(card).toContain('name="lev"');
      }
    }
    expect(tooFew).toBeGreaterThan(0);
    expect(paused).toBeGreaterThan(0);
  });

  it("tell each contract's dated events in plain words on the supplier's page, in its language", () => {
    const sv = page('leverantorer/kompassen-jobbcoachning');
    const history = sv.slice(sv.indexOf('<h2 id="historia">'), sv.indexOf('</ol>', sv.indexOf('<h2 id="historia">')));
    expect(history).toContain('Vad som har hänt med avtalen');
    expect([...history.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1])).toEqual([
      '2024-05-01',
      '2026-08-17',
      '2026-10-01',
      '2027-04-30',
    ]);
    expect(history).toContain('Arbetsförmedlingen ber leverantören rätta något.');
    expect(history).toContain('Avropsstopp: inga nya deltagare tills vidare.');
    expect(history).toContain('Avtalets sista dag.');
    const ar = page('ar/leverantorer/kompassen-jobbcoachning');
    expect(ar).toContain(jobseekerTexts('ar').supplier.history);
    expect(ar).toContain(jobseekerTexts('ar').supplier.events.avropsstopp());
    // The reason stays the editor's Swedish, marked so.
    expect(ar).toMatch(/<span lang="sv"[^>]*>Avropsstopp sedan 1 oktober 2026/);
  });

  it('keep the list of the kommun with the most suppliers within 30 kB of HTML and 20 kB of JavaScript, gzipped', () => {
    const busiest = [...kommuner].sort((a, b) => offeredIn(b.kod).length - offeredIn(a.kod).length)[0]!;
    const html = page(listPath(busiest.kod));
    const htmlBytes = gzipSync(html).length;
    const jsBytes = scriptBytes(html);
    console.log(`${busiest.namn} (${offeredIn(busiest.kod).length} leverantörer): ${htmlBytes} B HTML, ${jsBytes} B JavaScript, gzipped`);
    expect(jsBytes).toBeGreaterThan(0);
    expect(htmlBytes).toBeLessThanOrEqual(30 * 1024);
    expect(jsBytes).toBeLessThanOrEqual(20 * 1024);
  });

  it('ship no JavaScript on the supplier pages and the explanation, in any language', () => {
    for (const language of jobseekerLanguages) {
      for (const path of [`/leverantorer/${suppliers[0]!.slug}/`, '/leverantorer/om-valet/', '/leverantorer/']) {
        expect(page(localePath(language, path)), `${language} ${path}`).not.toMatch(/<script/i);
      }
    }
  });
});
