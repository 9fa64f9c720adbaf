/**
 * The pages in English and Arabic keep their language: /en/ and /ar/ are start pages in it, and the
 * header's links, the main menu and the breadcrumbs of every page in it lead to pages in it. The
 * footer's links to Swedish pages say so (hreflang). Swedish names in Arabic text are marked Swedish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSiteDir } from '../support/paths.ts';
import { startPortal } from '../support/server.ts';

const languages = ['en', 'ar'] as const;

/** Every built page under /{language}/, by address. */
function builtPages(language: string): string[] {
  return readdirSync(join(builtSiteDir, language), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${language}/${file.replace(/index\.html$/, '')}`);
}

/** The addresses the header (its name and main menu) and the breadcrumbs of a page link to. */
function navigationLinks(html: string): string[] {
  const parts = [
    /<a class="site-name" href="([^"]*)"/.exec(html)?.[1] ?? '',
    ...[/<nav class="container main-nav"[\s\S]*?<\/nav>/, /<nav class="container breadcrumbs"[\s\S]*?<\/nav>/].flatMap((pattern) =>
      [...(pattern.exec(html)?.[0] ?? '').matchAll(/href="([^"]*)"/g)].map((m) => m[1]!),
    ),
  ];
  return parts;
}

let portal: Awaited<ReturnType<typeof startPortal>>;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());

describe.each(languages)('the pages in %s', (language) => {
  it(`/${language}/ is a start page in the language, with the way to the suppliers`, async () => {
    const response = await fetch(`${portal.url}/${language}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${language}"`);
    expect(html).toContain(`action="/leverantorer/urval/"`);
    expect(html).toContain(`<input type="hidden" name="lang" value="${language}">`);
  });

  it('keep the language in the header, the main menu and the breadcrumbs', async () => {
    const pages = builtPages(language);
    expect(pages.length).toBeGreaterThan(300);
    for (const path of pages) {
      const html = readFileSync(join(builtSiteDir, path, 'index.html'), 'utf8');
      const links = navigationLinks(html);
      expect(links.length, path).toBeGreaterThan(1);
      for (const link of links) expect(link, `${path} links to ${link}`).toMatch(new RegExp(`^/${language}/`));
    }
    for (const query of ['kommun=1280', 'kommun=1280&lev=oresund-karriar']) {
      for (const route of ['/leverantorer/urval/', '/leverantorer/jamfor/']) {
        const html = await (await fetch(`${portal.url}${route}?${query}&lang=${language}`)).text();
        for (const link of navigationLinks(html)) expect(link, `${route} links to ${link}`).toMatch(new RegExp(`^/${language}/`));
      }
    }
  });

  it("mark the footer's links to Swedish pages, the contact page among them", () => {
    const html = readFileSync(join(builtSiteDir, language, 'index.html'), 'utf8');
    const footer = /<footer[\s\S]*<\/footer>/.exec(html)![0];
    expect(footer).toMatch(/href="\/kontakt\/" hreflang="sv"/i);
  });
});

it('marks the Swedish names in Arabic text as Swedish', () => {
  const html = readFileSync(join(builtSiteDir, 'ar/leverantorer/kommun/1280/index.html'), 'utf8');
  expect(/<h1>[^<]*<span lang="sv" dir="ltr">Malmö<\/span>[^<]*<\/h1>/.test(html)).toBe(true);
  expect(html).toContain('<span lang="sv" dir="ltr">Arbetsförmedlingen</span>');
});

it('offers the Swedish start page in English and Arabic', () => {
  const html = readFileSync(join(builtSiteDir, 'index.html'), 'utf8');
  expect(html).toMatch(/href="\/en\/" lang="en" hreflang="en"/i);
  expect(html).toMatch(/href="\/ar\/" lang="ar" hreflang="ar"/i);
});
