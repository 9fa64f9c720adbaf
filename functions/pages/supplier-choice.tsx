/**
 * The jobseeker's supplier list without JavaScript: the list's GET form lands here (the static
 * page cannot read a query). Both pages are rendered from the static list page's own components
 * (ui/choice/), fed by the same computation on the same catalogue (core/catalogue/kommun-suppliers.ts),
 * so a card is the same everywhere: the filtered list shows the form with the choices made and the
 * suppliers they leave; the comparison puts up to three chosen cards side by side, printable.
 */
import { pageData, publishedCatalogue } from '../catalogue/index.ts';
import { html, redirect } from '../http/respond.ts';
import type { HttpResponse } from '../http/types.ts';
import { getKommun } from '../../core/reference/index.ts';
import { supplierPageRoutes } from '../../core/paths.ts';
import { isJobseekerLanguage, jobseekerTexts, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { filterNames, readFilters } from '../../core/catalogue/supplier-filter.ts';
import { suppliersInKommun, type ChoicePageData } from '../../core/catalogue/kommun-suppliers.ts';
import { SupplierList, supplierListPage, type ListPage } from '../../ui/choice/SupplierList.tsx';
import { ComparePage } from '../../ui/choice/ComparePage.tsx';
import { languageLinks } from '../../ui/frame/SiteHeader.tsx';
import { notFoundPage, page, type Frame } from './frame.tsx';

/** The form's fields that make a choice: the filters and the suppliers ticked for comparison. */
const choiceFields: readonly string[] = [...filterNames, 'lev'];

/** GET /leverantorer/urval/?kommun=…[&lang=…][&sprak=…&tjanst=…&distans=ja&stegfritt=ja&sortera=…&lev=…] */
export async function filteredListPage(query: URLSearchParams): Promise<HttpResponse> {
  const request = listRequest(query);
  if (!request) return notFoundPage();
  const { language, kommunkod, list } = request;
  const staticList = localePath(language, list.path);
  // The kommun chooser sends only the kommun: its list is the static page.
  if (!choiceFields.some((name) => query.has(name))) return redirect(staticList);
  const [suppliers, explained] = await Promise.all([offeredIn(kommunkod), explainedIn(language)]);
  if (suppliers.length === 0) return redirect(staticList);
  const content = (
    <SupplierList
      language={language}
      kommunkod={kommunkod}
      suppliers={suppliers}
      filters={readFilters(query)}
      ticked={query.getAll('lev')}
      explained={explained}
    />
  );
  return html(200, page(list.title, frame(request, supplierPageRoutes.list, query), content));
}

/** GET /leverantorer/jamfor/?kommun=…[&lang=…]&lev=…&lev=…: up to three chosen suppliers side by side. */
export async function comparePage(query: URLSearchParams): Promise<HttpResponse> {
  const request = listRequest(query);
  if (!request) return notFoundPage();
  const { language, kommunkod } = request;
  const content = (
    <ComparePage
      language={language}
      kommunkod={kommunkod}
      suppliers={await offeredIn(kommunkod)}
      chosen={query.getAll('lev')}
      back={`${supplierPageRoutes.list}?${query.toString()}`}
    />
  );
  return html(200, page(jobseekerTexts(language).choice.compareTitle, frame(request, supplierPageRoutes.compare, query), content));
}

interface ListRequest {
  language: JobseekerLanguage;
  kommunkod: string;
  /** The kommun's static list page, which these pages are views of. */
  list: ListPage;
}

function listRequest(query: URLSearchParams): ListRequest | undefined {
  const kommunkod = query.get('kommun') ?? '';
  const lang = query.get('lang');
  if (!getKommun(kommunkod) || (lang !== null && !isJobseekerLanguage(lang))) return undefined;
  const language = lang ?? 'sv';
  return { language, kommunkod, list: supplierListPage(language, kommunkod) };
}

async function offeredIn(kommunkod: string) {
  const [{ leverantorer }, { mittpunkter }] = await Promise.all([publishedCatalogue(), pageData<ChoicePageData>('leverantorsval')]);
  return suppliersInKommun(leverantorer, kommunkod, mittpunkter);
}

async function explainedIn(language: JobseekerLanguage): Promise<boolean> {
  return (await pageData<ChoicePageData>('leverantorsval')).forklaring.includes(language);
}

/**
 * The kommun list's place in the site. Its language switch leads to this same page, with the same
 * query, in the other language.
 */
function frame({ language, list }: ListRequest, route: string, query: URLSearchParams): Frame {
  const links = languageLinks((l) => {
    const translated = new URLSearchParams(query);
    translated.delete('lang');
    if (l !== 'sv') translated.set('lang', l);
    return `${route}?${translated.toString()}`;
  });
  return {
    language,
    t: jobseekerTexts(language),
    path: localePath(language, list.path),
    breadcrumbs: list.breadcrumbs,
    languageLinks: links,
  };
}
