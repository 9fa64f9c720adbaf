/**
 * One supplier in a kommun's list, and a column of the comparison: the static list page and the
 * pages the functions render on request show the same card. It carries its facts as JSON in
 * data-lev, which the list's filters in the browser read. Text is written as one string where an
 * element holds more than one piece, so every renderer writes the same markup.
 */
import {
  fill,
  formatList,
  formatPercent,
  formatPeriod,
  jobseekerTexts,
  localePath,
  swedishText,
  type JobseekerLanguage,
} from '../../core/i18n/index.ts';
import { Fragment, type ReactNode } from 'react';
import { showsFigures } from '../../core/catalogue/results.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(4 - n);

/**
 * A supplier's facts as label and value, in the order the card lists them and the comparison's
 * rows follow: services, address, access, languages, remote, results.
 */
export function supplierFacts(supplier: SupplierInKommun, language: JobseekerLanguage): [string, ReactNode][] {
  const { addresses, km, results, services } = supplier;
  const t = jobseekerTexts(language);
  const c = t.choice;
  return [
    [c.services, serviceNames(services, language)],
    [
      c.address,
      addresses.length === 0 ? (
        c.noAddress
      ) : (
        <>
          {addresses.map((a) => (
            <span key={`${a.gata}, ${a.postnummer}`} className="lev-address">{`${a.gata}, ${a.postnummer} ${a.ort}`}</span>
          ))}
          <span className="meta">{km === 0 ? c.inKommun : fill(c.away, { km: km! })}</span>
        </>
      ),
    ],
    ...(addresses.length > 0
      ? ([
          [
            c.access,
            addresses.map((a) => (
              <span key={`${a.gata}, ${a.postnummer}`} className="lev-address">
                {[
                  a.stegfritt ? c.stepFreeYes : c.stepFreeNo,
                  a.tillganglig_toalett ? c.toiletYes : c.toiletNo,
                  a.horslinga ? c.loopYes : c.loopNo,
                ].join(' · ')}
              </span>
            )),
          ],
        ] satisfies [string, ReactNode][])
      : []),
    [
      c.languages,
      formatList(
        supplier.sprak.map((l) => t.labels.sprak[l]),
        language,
      ),
    ],
    [t.supplier.remote, supplier.distans ? c.remoteYes : c.remoteNo],
    [
      c.results,
      <>
        {results.length === 0 && c.noResults}
        {results.map((r) => (
          <div key={r.tjanst} className="lev-result">
            {services.length > 1 && <strong>{t.labels.tjanst[r.tjanst]}</strong>}
            {showsFigures(r) ? (
              <>
                {r.betyg ? (
                  <span>
                    <span className="stars" aria-hidden="true">
                      {stars(r.betyg)}
                    </span>
                    {` ${fill(c.rating, { n: r.betyg })}`}
                  </span>
                ) : (
                  <span>{c.noRating}</span>
                )}
                <span>{fill(c.inWork, { share: formatPercent(r.andel_arbete_studier, language) })}</span>
                {r.nojdhet && <span>{fill(c.satisfied, { share: formatPercent(r.nojdhet.andel, language), n: r.nojdhet.svar })}</span>}
                <span className="meta">{fill(c.basis, { n: r.deltagare, period: formatPeriod(r.period, language) })}</span>
              </>
            ) : (
              <span>{c.tooFew}</span>
            )}
          </div>
        ))}
      </>,
    ],
  ];
}

const serviceNames = (list: SupplierInKommun['services'], language: JobseekerLanguage) =>
  formatList(
    list.map((s) => jobseekerTexts(language).labels.tjanst[s.tjanst]),
    language,
  );

export function SupplierCard({
  supplier,
  language,
  ticked = false,
}: {
  supplier: SupplierInKommun;
  language: JobseekerLanguage;
  ticked?: boolean;
}) {
  const { slug, namn, services, choosable, facts } = supplier;
  const t = jobseekerTexts(language);
  const c = t.choice;
  const swedish = swedishText(language);
  const paused = services.filter((s) => s.status === 'pausad');
  return (
    <li className="lev-card" data-lev={JSON.stringify(facts)}>
      <h2>
        <a href={localePath(language, `/leverantorer/${slug}/`)} {...swedish}>
          {namn}
        </a>
      </h2>
      {supplier.exempeldata && (
        <p>
          <span className="tag example">{t.example.badge}</span>
        </p>
      )}
      {paused.length > 0 && (
        <div className="notice warning">
          <strong>{choosable ? `${serviceNames(paused, language)}: ${t.labels.status.pausad}` : c.paused}</strong>
          {paused.map((s) => (
            <p key={s.tjanst} {...swedish}>
              {s.status_orsak}
            </p>
          ))}
        </div>
      )}
      <p {...swedish}>{supplier.sammanfattning}</p>
      <dl className="lev-facts">
        {supplierFacts(supplier, language).map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {choosable && (
        <p className="choice lev-pick no-print">
          <input type="checkbox" id={`jamfor-${slug}`} name="lev" value={slug} defaultChecked={ticked} />
          <label htmlFor={`jamfor-${slug}`}>
            {c.compareOne}
            <span className="visually-hidden">{` ${namn}`}</span>
          </label>
        </p>
      )}
    </li>
  );
}
