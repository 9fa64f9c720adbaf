/**
 * A kommun's supplier list: its heading, the form that filters and sorts it, the count and the
 * cards. The static list page shows it with every supplier and the form's first choices; without
 * JavaScript the form lands on a page the functions render on request, which shows it with the
 * choices made and only the suppliers they leave.
 */
import { fill, jobseekerTexts, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { applyFilters, sortOrders, type Filters } from '../../core/catalogue/supplier-filter.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';
import { getKommun } from '../../core/reference/index.ts';
import { supplierPageRoutes, complaintPaths } from '../../core/paths.ts';
import type { Crumb } from '../frame/Breadcrumbs.tsx';
import { SupplierCard } from './SupplierCard.tsx';
import { SwedishNames } from '../frame/SwedishNames.tsx';

/** The name of kommun `kommunkod`, a known code. */
export const kommunName = (kommunkod: string): string => getKommun(kommunkod)!.namn;

/** What the pages made from a kommun's list page share with it. */
export interface ListPage {
  /** Its address without a language prefix. */
  path: string;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
}

export function supplierListPage(language: JobseekerLanguage, kommunkod: string): ListPage {
  const c = jobseekerTexts(language).choice;
  const kommun = kommunName(kommunkod);
  const path = `/leverantorer/kommun/${kommunkod}/`;
  const breadcrumbs: Crumb[] = [
    { href: localePath(language, '/leverantorer/'), label: c.startTitle },
    { href: localePath(language, path), label: kommun },
  ];
  return { path, title: fill(c.listTitle, { kommun }), description: fill(c.listLead, { kommun }), breadcrumbs };
}

interface Props {
  language: JobseekerLanguage;
  kommunkod: string;
  /** Every supplier offered in the kommun. */
  suppliers: readonly SupplierInKommun[];
  /** The form's choices; the list shows the suppliers they leave, in their order. */
  filters: Filters;
  /** Suppliers ticked for comparison. */
  ticked?: readonly string[];
  /** Whether the catalogue explains the choice (/leverantorer/om-valet/). */
  explained: boolean;
}

export function SupplierList({ language, kommunkod, suppliers, filters, ticked = [], explained }: Props) {
  const t = jobseekerTexts(language);
  const c = t.choice;
  const kommun = kommunName(kommunkod);
  const { path, title, description } = supplierListPage(language, kommunkod);
  const shown = applyFilters(suppliers, filters);
  const byLabel = <K extends string>(labels: Record<K, string>, keys: Iterable<K>) =>
    [...new Set(keys)].sort((a, b) => labels[a].localeCompare(labels[b], language)).map((key) => ({ key, label: labels[key] }));
  const selects = [
    {
      name: 'sprak',
      label: c.language,
      any: c.anyLanguage,
      chosen: filters.sprak,
      options: byLabel(
        t.labels.sprak,
        suppliers.flatMap((s) => s.sprak),
      ),
    },
    {
      name: 'tjanst',
      label: c.service,
      any: c.anyService,
      chosen: filters.tjanst,
      options: byLabel(
        t.labels.tjanst,
        suppliers.flatMap((s) => s.facts.tjanster),
      ),
    },
  ];
  return (
    <>
      <h1>
        <SwedishNames language={language} text={title} />
      </h1>
      <p className="lead">
        <SwedishNames language={language} text={description} />
      </p>
      <p className="no-print">
        <a href={localePath(language, '/leverantorer/')}>{c.otherKommun}</a>
        {explained && (
          <>
            {' · '}
            <a href={localePath(language, '/leverantorer/om-valet/')}>{c.aboutLink}</a>
          </>
        )}
        {' · '}
        <a href={localePath(language, complaintPaths.form)}>{c.complaintLink}</a>
      </p>
      {language !== 'sv' && <p className="meta">{c.svOnly}</p>}
      {suppliers.length === 0 ? (
        <p>
          <SwedishNames language={language} text={fill(c.none, { kommun })} />
        </p>
      ) : (
        <form method="get" action={supplierPageRoutes.list} data-lev-form="">
          <input type="hidden" name="kommun" value={kommunkod} />
          {language !== 'sv' && <input type="hidden" name="lang" value={language} />}
          <fieldset className="filters no-print">
            <legend>{c.filtersTitle}</legend>
            {selects.map((f) => (
              <div key={f.name} className="field">
                <label htmlFor={`filter-${f.name}`}>{f.label}</label>
                <select id={`filter-${f.name}`} name={f.name} defaultValue={f.chosen}>
                  <option value="">{f.any}</option>
                  {f.options.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="field">
              <p className="choice">
                <input type="checkbox" id="filter-distans" name="distans" value="ja" defaultChecked={filters.distans} />
                <label htmlFor="filter-distans">{c.remote}</label>
              </p>
              <p className="choice">
                <input type="checkbox" id="filter-stegfritt" name="stegfritt" value="ja" defaultChecked={filters.stegfritt} />
                <label htmlFor="filter-stegfritt">{c.stepFree}</label>
              </p>
            </div>
            <div className="field">
              <label htmlFor="filter-sortera">{c.sort}</label>
              <select id="filter-sortera" name="sortera" defaultValue={filters.sortera}>
                {sortOrders.map((o) => (
                  <option key={o} value={o}>
                    {c.sortOrders[o]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field filter-actions">
              <button type="submit">{c.apply}</button>
              <a href={localePath(language, path)}>{c.clear}</a>
            </div>
          </fieldset>
          <p id="lev-antal" role="status" data-mall={c.count}>
            {fill(c.count, { shown: shown.length, total: suppliers.length })}
          </p>
          <p id="lev-inga" hidden={shown.length > 0}>
            {c.noneMatch}
          </p>
          <ol className="lev-list">
            {shown.map((s) => (
              <SupplierCard key={s.slug} supplier={s} language={language} ticked={ticked.includes(s.slug)} />
            ))}
          </ol>
          <p className="no-print">
            <button type="submit" formAction={supplierPageRoutes.compare}>
              {c.compare}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
