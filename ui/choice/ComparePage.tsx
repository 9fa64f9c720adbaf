/** Up to three of a kommun's suppliers side by side, printable: the list's comparison button lands here. */
import { fill, formatList, jobseekerTexts, type JobseekerLanguage } from '../../core/i18n/index.ts';
import type { SupplierInKommun } from '../../core/catalogue/kommun-suppliers.ts';
import { SupplierCard } from './SupplierCard.tsx';
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
          <ol className="lev-list lev-compare">
            {compared.map((s) => (
              <SupplierCard key={s.slug} supplier={s} language={language} />
            ))}
          </ol>
          <section className="panel" aria-labelledby="nar-du-har-valt">
            <h2 id="nar-du-har-valt">{c.nextTitle}</h2>
            <ol>
              {c.nextSteps.map((step) => (
                <li key={step}>{step}</li>
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
