/**
 * The pages the functions render on request are made of the static pages' own components: a
 * supplier card is the same on a kommun's built list page, on the filtered list and in the
 * comparison, and every page rendered on request has the site's head, header, footer and
 * stylesheet, as the built pages have them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePage, filteredListPage } from '../../functions/pages/supplier-choice.tsx';
import { loiFormPage } from '../../functions/pages/loi-form.tsx';
import { needsFormPage } from '../../functions/pages/signals.tsx';
import { jobseekerLanguages, localePath, textDirection } from '../../core/i18n/index.ts';
import { builtSiteDir, projectDir } from '../support/paths.ts';

const built = (file: string) => readFileSync(join(builtSiteDir, file), 'utf8');
const builtPage = (path: string) => built(join(path, 'index.html'));
const malmo = '/leverantorer/kommun/1280/';
const query = (text: string) => new URLSearchParams(text);

/** The part of a page from `start` to the first `end` after it. */
function part(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  expect(from, start).toBeGreaterThanOrEqual(0);
  return html.slice(from, html.indexOf(end, from) + end.length);
}

/** The supplier cards of a page, by slug. */
function cards(html: string): Map<string, string> {
  const markup = html
    .split('<li class="lev-card"')
    .slice(1)
    .map((rest) => `<li class="lev-card"${rest.slice(0, rest.indexOf('</li>') + '</li>'.length)}`);
  return new Map(markup.map((card) => [/ data-lev="\{&quot;slug&quot;:&quot;([a-z0-9-]+)/.exec(card)![1]!, card]));
}

const frameParts = {
  head: (html: string) => [
    /<html [^>]*>/.exec(html)![0],
    ...['<meta charSet', '<meta name="viewport"', '<link rel="icon"', '<link rel="stylesheet"'].map((start) => part(html, start, '/>')),
  ],
  mainMenu: (html: string) => part(html, '<nav class="container main-nav"', '</nav>'),
  headerRow: (html: string) => part(html, '<a class="skip-link"', '</form></div>'),
  breadcrumbs: (html: string) => part(html, '<nav class="container breadcrumbs"', '</nav>'),
  footer: (html: string) => part(html, '<footer', '</footer>'),
};

describe.each(jobseekerLanguages)('the supplier pages rendered on request, in %s', (language) => {
  const lang = language === 'sv' ? '' : `&lang=${language}`;
  const listPage = builtPage(localePath(language, malmo));

  it('show the very cards of the built list page, and compare the very suppliers it lists', async () => {
    const listed = cards(listPage);
    const filtered = await filteredListPage(query(`kommun=1280&sprak=ti${lang}`));
    expect(filtered.status).toBe(200);
    const compared = await comparePage(query(`kommun=1280&lev=oresund-karriar&lev=rosengards-jobbverkstad${lang}`));
    expect(compared.status).toBe(200);
    expect([...cards(filtered.body).keys()]).toEqual(['rosengards-jobbverkstad']);
    for (const [slug, card] of cards(filtered.body)) expect(card, slug).toBe(listed.get(slug));
    // The comparison is a table, a supplier per column: the very suppliers of the list page, named as their cards name them.
    const columns = [...part(compared.body, '<thead>', '</thead>').matchAll(/\/leverantorer\/([a-z0-9-]+)\/"[^>]*>([^<]+)<\/a>/g)];
    expect(columns.map(([, slug]) => slug)).toEqual(['oresund-karriar', 'rosengards-jobbverkstad']);
    for (const [, slug, name] of columns) expect(listed.get(slug!), slug).toContain(`>${name}<`);
  });

  it("have the list page's head, header, breadcrumbs and footer, and switch language on the same query", async () => {
    const filtered = (await filteredListPage(query(`kommun=1280&sprak=ti${lang}`))).body;
    expect(filtered).toContain(`<html lang="${language}" dir="${textDirection(language)}">`);
    expect(filtered).toContain('<meta name="robots" content="noindex"/>');
    for (const [name, of] of Object.entries(frameParts)) expect(of(filtered), name).toEqual(of(listPage));
    const switched = [
      ...part(filtered, '<nav class="container language-switch"', '</nav>').matchAll(/data-sprakval="(\w+)" href="([^"]*)"/g),
    ];
    expect(switched.map(([, to, href]) => [to, href!.replaceAll('&amp;', '&')])).toEqual(
      jobseekerLanguages.map((to) => [to, `/leverantorer/urval/?kommun=1280&sprak=ti${to === 'sv' ? '' : `&lang=${to}`}`]),
    );
  });

  it("answer a kommun that does not exist with the site's 404 page", async () => {
    const missing = await filteredListPage(query(`kommun=9999&sprak=ti${lang}`));
    expect(missing.status).toBe(404);
    const notFound = built('404.html');
    // Astro writes the layout's own white space around a page's content.
    const main = (html: string) => part(html, '<main', '</main>').replace(/>\s+</g, '><');
    expect(main(missing.body)).toBe(main(notFound));
    expect(frameParts.footer(missing.body)).toBe(frameParts.footer(notFound));
  });
});

describe('the LOI and signal pages rendered on request', () => {
  const errors = [{ path: 'organisation.namn', message: 'Fyll i organisationens namn' }];
  const pages = { loi: loiFormPage(query(''), errors), needs: needsFormPage(query(''), errors) };
  const employerPage = builtPage('/arbetsgivare/');

  it.each(Object.entries(pages))("%s: have the site's head, header and footer", (_, html) => {
    for (const name of ['head', 'mainMenu', 'headerRow', 'footer'] as const)
      expect(frameParts[name](html), name).toEqual(frameParts[name](employerPage));
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  it("load the stylesheet and the print buttons' script from files the site serves, unchanged", () => {
    expect(pages.loi).toContain('<link rel="stylesheet" href="/portal.css"/>');
    expect(pages.loi).toContain('<script type="module" src="/print.js"></script>');
    for (const file of ['portal.css', 'print.js']) expect(built(file)).toBe(readFileSync(join(projectDir, 'site/public', file), 'utf8'));
  });
});
