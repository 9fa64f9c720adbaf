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
import { showsFigures } from '../../core/catalogue/results.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(4 - n);

export function SupplierCard({
  supplier,
  language,
  ticked = false,
}: {
  supplier: SupplierInKommun;
  language: JobseekerLanguage;
  ticked?: boolean;
}) {
  const { slug, namn, addresses, km, results, services, choosable, facts } = supplier;
  const t = jobseekerTexts(language);
  const c = t.choice;
  const swedish = swedishText(language);
  const paused = services.filter((s) => s.status === 'pausad');
  const serviceNames = (list: typeof services) =>
    formatList(
      list.map((s) => t.labels.tjanst[s.tjanst]),
      language,
    );
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
          <strong>{choosable ? `${serviceNames(paused)}: ${t.labels.status.pausad}` : c.paused}</strong>
          {paused.map((s) => (
            <p key={s.tjanst} {...swedish}>
              {s.status_orsak}
            </p>
          ))}
        </div>
      )}
      <p {...swedish}>{supplier.sammanfattning}</p>
      <dl className="lev-facts">
        <dt>{c.services}</dt>
        <dd>{serviceNames(services)}</dd>
        <dt>{c.address}</dt>
        <dd>
          {addresses.length === 0 ? (
            c.noAddress
          ) : (
            <>
              {addresses.map((a) => (
                <span key={`${a.gata}, ${a.postnummer}`} className="lev-address">{`${a.gata}, ${a.postnummer} ${a.ort}`}</span>
              ))}
              <span className="meta">{km === 0 ? c.inKommun : fill(c.away, { km: km! })}</span>
            </>
          )}
        </dd>
        {addresses.length > 0 && (
          <>
            <dt>{c.access}</dt>
            <dd>
              {addresses.map((a) => (
                <span key={`${a.gata}, ${a.postnummer}`} className="lev-address">
                  {[
                    a.stegfritt ? c.stepFreeYes : c.stepFreeNo,
                    a.tillganglig_toalett ? c.toiletYes : c.toiletNo,
                    a.horslinga ? c.loopYes : c.loopNo,
                  ].join(' · ')}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{c.languages}</dt>
        <dd>
          {formatList(
            supplier.sprak.map((l) => t.labels.sprak[l]),
            language,
          )}
        </dd>
        <dt>{t.supplier.remote}</dt>
        <dd>{supplier.distans ? c.remoteYes : c.remoteNo}</dd>
        <dt>{c.results}</dt>
        <dd>
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
        </dd>
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
