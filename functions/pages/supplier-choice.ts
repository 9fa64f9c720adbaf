/**
 * The jobseeker's supplier list without JavaScript: the list's GET form lands here (the static
 * page cannot read a query). Both pages are made from the kommun's built list page, so a card
 * looks the same everywhere and is rendered in one place: the filtered list keeps the cards the
 * query asks for, in its order, with the form showing the choices; the comparison puts up to three
 * chosen cards side by side, printable. Cards and parts are found by the markers in markers.ts.
 */
import { siteFile } from '../catalogue/index.ts';
import { getKommun } from '../../core/reference/index.ts';
import { html, redirect } from '../http/respond.ts';
import type { HttpResponse } from '../http/types.ts';
import { supplierPageRoutes } from '../../core/paths.ts';
import { fill, formatList, isJobseekerLanguage, jobseekerTexts, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { applyFilters, filterNames, readFilters, type CardFacts } from '../../core/catalogue/supplier-filter.ts';
import { cardMarker, cardsEndMarker, partEndMarker, partStartMarker } from '../../ui/markers.ts';
import { escapeHtml, unescapeHtml } from './html.ts';

/** At most this many suppliers side by side: more do not fit a printed page. */
const maxCompared = 3;

interface Card {
  markup: string;
  facts: CardFacts;
}

interface ListPage {
  source: string;
  /** The page up to its first card, the cards, and the page from the end of the cards; no cards when the kommun has no suppliers. */
  head: string;
  cards: Card[];
  tail: string;
}

/** The form's fields that the page shows as chosen: the filters and the suppliers ticked for comparison. */
const filterFields: readonly string[] = [...filterNames, 'lev'];

/** GET /leverantorer/urval/?kommun=…[&lang=…][&sprak=…&tjanst=…&distans=ja&stegfritt=ja&sortera=…&lev=…] */
export async function filteredListPage(query: URLSearchParams): Promise<HttpResponse> {
  const request = listRequest(query);
  if (!request) return notFound();
  // The kommun chooser sends only the kommun: its list is the static page.
  if (!filterFields.some((name) => query.has(name))) return redirect(request.path);
  const page = await listPage(request.path);
  if (page.cards.length === 0) return redirect(request.path);
  const shown = applyFilters(page.cards, readFilters(query));
  let body = page.head + shown.map((c) => cardMarker + c.markup).join('') + page.tail;
  for (const [name, value] of query) {
    if (!filterFields.includes(name) || !/^[a-z0-9-]+$/.test(value)) continue;
    body = body.replace(new RegExp(`<(input|option)\\b([^>]*) data-f="${name}=${value}"`), (_, tag: string, attributes: string) =>
      `<${tag}${attributes} data-f="${name}=${value}" ${tag === 'input' ? 'checked' : 'selected'}`,
    );
  }
  body = body
    .replace(/(<p id="lev-antal"[^>]* data-mall="([^"]*)"[^>]*>)[^<]*/, (_, start: string, template: string) =>
      start + escapeHtml(fill(unescapeHtml(template), { shown: shown.length, total: page.cards.length })),
    )
    .replace('<p id="lev-inga" hidden>', shown.length === 0 ? '<p id="lev-inga">' : '<p id="lev-inga" hidden>');
  return html(200, switchLanguageLinks(body, supplierPageRoutes.list, query));
}

/** GET /leverantorer/jamfor/?kommun=…[&lang=…]&lev=…&lev=…: up to three chosen suppliers side by side. */
export async function comparePage(query: URLSearchParams): Promise<HttpResponse> {
  const request = listRequest(query);
  if (!request) return notFound();
  const page = await listPage(request.path);
  const c = jobseekerTexts(request.language).choice;
  const chosen = [...new Set(query.getAll('lev'))].flatMap((slug) => page.cards.filter((card) => card.facts.slug === slug));
  const paused = chosen.filter((card) => !card.facts.valbar);
  const choosable = chosen.filter((card) => card.facts.valbar);
  const compared = choosable.slice(0, maxCompared);
  const kommun = getKommun(request.kommun)!.namn;
  const back = `${supplierPageRoutes.list}?${query.toString()}`;
  const notices = [
    paused.length > 0 && fill(c.notChoosable, { names: formatList(paused.map((card) => card.facts.namn), request.language) }),
    choosable.length > maxCompared && fill(c.tooMany, { n: choosable.length }),
  ].filter((text): text is string => Boolean(text));
  const content = [
    `<h1>${escapeHtml(c.compareTitle)}</h1>`,
    `<p class="lead">${escapeHtml(fill(c.compareLead, { kommun }))}</p>`,
    ...notices.map((text) => `<div class="notice warning">${escapeHtml(text)}</div>`),
    `<p class="no-print"><a href="${escapeHtml(back)}">${escapeHtml(c.back)}</a></p>`,
    compared.length > 0
      ? `<p>${escapeHtml(c.printHint)}</p><ol class="lev-list lev-compare">${compared.map((card) => card.markup).join('')}</ol>`
      : `<p>${escapeHtml(c.compareNone)}</p>`,
  ].join('\n');
  const { source } = page;
  const title = `${c.compareTitle} – ${jobseekerTexts(request.language).site.name}`;
  const body = (source.slice(0, source.indexOf(partStartMarker)) + content + source.slice(source.indexOf(partEndMarker))).replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
  return html(200, switchLanguageLinks(body, supplierPageRoutes.compare, query));
}

function listRequest(query: URLSearchParams): { language: JobseekerLanguage; kommun: string; path: string } | undefined {
  const kommun = query.get('kommun') ?? '';
  const lang = query.get('lang');
  if (!getKommun(kommun) || (lang !== null && !isJobseekerLanguage(lang))) return undefined;
  const language = lang ?? 'sv';
  return { language, kommun, path: localePath(language, `/leverantorer/kommun/${kommun}/`) };
}

async function listPage(path: string): Promise<ListPage> {
  const source = await siteFile(`${path}index.html`);
  const first = source.indexOf(cardMarker);
  const end = source.indexOf(cardsEndMarker);
  if (first < 0 || end < 0) return { source, head: source, cards: [], tail: '' };
  const cards = source
    .slice(first, end)
    .split(cardMarker)
    .slice(1)
    .map((markup) => ({ markup, facts: JSON.parse(unescapeHtml(/ data-lev="([^"]*)"/.exec(markup)![1]!)) as CardFacts }));
  return { source, head: source.slice(0, first), cards, tail: source.slice(end) };
}

/** The language switch of a page made here leads to the same page, with the same query, in the other language. */
function switchLanguageLinks(body: string, route: string, query: URLSearchParams): string {
  return body.replace(/data-sprakval="(\w+)" href="[^"]*"/g, (_, language: string) => {
    const translated = new URLSearchParams(query);
    translated.delete('lang');
    if (language !== 'sv') translated.set('lang', language);
    return `data-sprakval="${language}" href="${escapeHtml(`${route}?${translated.toString()}`)}"`;
  });
}

async function notFound(): Promise<HttpResponse> {
  return html(404, await siteFile('/404.html'));
}
