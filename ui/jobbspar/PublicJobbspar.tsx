/**
 * The public jobbspår pages, in easy Swedish for jobseekers: a track (what you do, when, where,
 * how to apply: through your case officer at Arbetsförmedlingen) and the tracks that recruit now,
 * per FA-region. Employers are named only where they agreed to it on their LOI.
 */
import type { OpenJobbspar } from '../../core/contracts/jobbspar.ts';
import { fill, formatDate, formatList, translations } from '../../core/i18n/index.ts';
import { jobbsparPageRoutes, routePath } from '../../core/paths.ts';
import { faRegions, getFaRegion, getKommun } from '../../core/reference/index.ts';
import { getSsykGroup } from '../../core/reference/ssyk.ts';
import { Field, fieldId } from '../loi/fields.tsx';

const t = translations().jobbspar.public;

/** A public track as its page shows it, with the informationsmöte that the open data leaves out. */
export type PublicTrack = OpenJobbspar & { informationsmote: { datum: string; plats: string } };

const occupationNames = (codes: string[]) => formatList(codes.map((code) => getSsykGroup(code)?.namn ?? code));

function Employers({ arbetsgivare }: { arbetsgivare: OpenJobbspar['arbetsgivare'] }) {
  const places = formatList(arbetsgivare.kommuner.map((kod) => getKommun(kod)?.namn ?? kod));
  const unnamed = arbetsgivare.antal - arbetsgivare.namngivna.length;
  return (
    <>
      {arbetsgivare.namngivna.length > 0 && <p>{formatList(arbetsgivare.namngivna)}</p>}
      {unnamed > 0 && <p>{fill(t.employersCount, { n: String(unnamed), places })}</p>}
    </>
  );
}

export function PublicTrackPage({ track }: { track: PublicTrack }) {
  return (
    <>
      <h1>{track.namn}</h1>
      <p>{t.listLead}</p>
      <h2>{t.occupations}</h2>
      <p>{occupationNames(track.yrken)}</p>
      <h2>{t.chain}</h2>
      <ol>
        {track.insatser.map((step) => (
          <li key={`${step.id}-${step.fran}`}>
            <a href={step.url}>{step.titel}</a>
            {step.del ? ` (${step.del})` : ''}: {formatDate(step.fran)} – {formatDate(step.till)}
          </li>
        ))}
      </ol>
      <p>{fill(t.participants, { n: String(track.deltagarePlanerade) })}</p>
      <h2>{t.dates}</h2>
      <p>{fill(t.recruitment, { from: formatDate(track.rekrytering.fran), to: formatDate(track.rekrytering.till) })}</p>
      <h3>{t.meeting}</h3>
      <p>{fill(t.meetingText, { date: formatDate(track.informationsmote.datum), place: track.informationsmote.plats })}</p>
      <h2>{t.employers}</h2>
      <Employers arbetsgivare={track.arbetsgivare} />
      <h2>{t.howToApply}</h2>
      <p>{t.howToApplyText}</p>
    </>
  );
}

export function PublicListPage({ tracks, fa }: { tracks: OpenJobbspar[]; fa?: string }) {
  const region = fa ? getFaRegion(fa) : undefined;
  return (
    <>
      <h1>
        {t.listTitle}
        {region ? `: ${region.kod} ${region.namn}` : ''}
      </h1>
      <p>{t.listLead}</p>
      <form method="get" action={jobbsparPageRoutes.publicList}>
        <Field name="fa" label={t.region}>
          {() => (
            <select id={fieldId('fa')} name="fa" defaultValue={fa ?? ''}>
              <option value="">{t.allRegions}</option>
              {faRegions.map((r) => (
                <option key={r.kod} value={r.kod}>
                  {r.kod} {r.namn}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t.filter}</button>
      </form>
      {tracks.length === 0 ? (
        <p className="panel">{t.none}</p>
      ) : (
        <ul className="cards">
          {tracks.map((track) => (
            <li key={track.id} className="card">
              <h2>
                <a href={routePath(jobbsparPageRoutes.publicItem, { id: track.id })}>{track.namn}</a>
              </h2>
              <p>
                {t.occupations}: {occupationNames(track.yrken)}
              </p>
              <p>{fill(t.recruitment, { from: formatDate(track.rekrytering.fran), to: formatDate(track.rekrytering.till) })}</p>
              <p>
                {track.fa} {getFaRegion(track.fa)?.namn}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
