/**
 * Up to three of a kommun's suppliers side by side, printable: the list's comparison button lands
 * here. A table, one row per fact and one column per supplier, so each fact sits on one line across
 * the suppliers; on a narrow screen it scrolls sideways in its own region.
 */
import { fill, formatList, jobseekerTexts, localePath, swedishText, type JobseekerLanguage } from '../../core/i18n/index.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';
import { supplierFacts } from './SupplierCard.tsx';
import { TableScroll } from '../frame/TableScroll.tsx';
import { kommunName } from './SupplierList.tsx';
import { SwedishNames } from '../frame/SwedishNames.tsx';

/** At most this many suppliers side by side: more do not fit a printed page. */
const maxCompared = 3;

interface Props {
  language: JobseekerLanguage;
  kommunkod: string;
  /** Every supplier offered in the kommun. */
  suppliers: readonly SupplierInKommun[];
  /** The slugs ticked, in the order ticked. */
  chosen: readonly string[];
  /** The list with the choices it was left with. */
  back: string;
}

export function ComparePage({ language, kommunkod, suppliers, chosen, back }: Props) {
  const c = jobseekerTexts(language).choice;
  const picked = [...new Set(chosen)].flatMap((slug) => suppliers.filter((s) => s.slug === slug));
  const paused = picked.filter((s) => !s.choosable);
  const choosable = picked.filter((s) => s.choosable);
  const compared = choosable.slice(0, maxCompared);
  const notices = [
    paused.length > 0 &&
      fill(c.notChoosable, {
        names: formatList(
          paused.map((s) => s.namn),
          language,
        ),
      }),
    choosable.length > maxCompared && fill(c.tooMany, { n: choosable.length }),
  ].filter((text): text is string => Boolean(text));
  return (
    <>
      <h1>{c.compareTitle}</h1>
      <p className="lead">
        <SwedishNames language={language} text={fill(c.compareLead, { kommun: kommunName(kommunkod) })} />
      </p>
      {notices.map((text) => (
        <div key={text} className="notice warning">
          <SwedishNames language={language} text={text} />
        </div>
      ))}
      <p className="no-print">
        <a href={back}>{c.back}</a>
      </p>
      {compared.length > 0 ? (
        <>
          <p>{c.printHint}</p>
          <CompareTable suppliers={compared} language={language} />
          <section className="panel" aria-labelledby="nar-du-har-valt">
            <h2 id="nar-du-har-valt">{c.nextTitle}</h2>
            <ol>
              {c.nextSteps.map((step) => (
                <li key={step}>
                  <SwedishNames language={language} text={step} />
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : (
        <p>{c.compareNone}</p>
      )}
    </>
  );
}

function CompareTable({ suppliers, language }: { suppliers: SupplierInKommun[]; language: JobseekerLanguage }) {
  const t = jobseekerTexts(language);
  const swedish = swedishText(language);
  const facts = suppliers.map((s) => new Map(supplierFacts(s, language)));
  const rows = [...new Set(facts.flatMap((f) => [...f.keys()]))];
  return (
    <TableScroll labelledBy="jamforelse">
      <table className="lev-compare">
        <caption id="jamforelse">{t.choice.compareCaption}</caption>
        <thead>
          <tr>
            <td />
            {suppliers.map((s) => (
              <th key={s.slug} scope="col">
                <a href={localePath(language, `/leverantorer/${s.slug}/`)} {...swedish}>
                  {s.namn}
                </a>
                {s.exempeldata && <span className="tag example">{t.example.badge}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.choice.compareSummary}</th>
            {suppliers.map((s) => (
              <td key={s.slug} {...swedish}>
                {s.sammanfattning}
              </td>
            ))}
          </tr>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {facts.map((f, i) => (
                <td key={suppliers[i]!.slug}>{f.get(row) ?? '–'}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.supplier.contact}</th>
            {suppliers.map((s) => (
              <td key={s.slug}>
                <SupplierContact supplier={s} language={language} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

/** How to reach the supplier: its contact person, e-mail, phone and web site, from the catalogue. */
function SupplierContact({ supplier, language }: { supplier: SupplierInKommun; language: JobseekerLanguage }) {
  const { kontakt, webb } = supplier;
  return (
    <>
      <span className="lev-address" {...swedishText(language)}>
        {kontakt.roll ? `${kontakt.namn}, ${kontakt.roll}` : kontakt.namn}
      </span>
      <span className="lev-address">
        <a href={`mailto:${kontakt.epost}`}>{kontakt.epost}</a>
      </span>
      {kontakt.telefon && (
        <span className="lev-address">
          <a href={`tel:${kontakt.telefon.replace(/[^+\d]/g, '')}`}>{kontakt.telefon}</a>
        </span>
      )}
      {webb && (
        <span className="lev-address">
          <a href={webb}>{jobseekerTexts(language).supplier.website}</a>
        </span>
      )}
    </>
  );
}
