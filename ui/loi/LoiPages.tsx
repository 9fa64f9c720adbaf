/**
 * The pages a Letter of Intent has after it is sent: the page right after submission, and the
 * status page behind the private link, with the LOI in the uniform template for printing.
 * Rendered on request (they show one LOI), into the site's own page frame; no JavaScript.
 */
import { canWithdraw, type LoiStatus, type LoiView, type Match } from '../../core/contracts/loi-view.ts';
import { getFaRegion, getKommun } from '../../core/reference/index.ts';
import { getSsykGroup } from '../../core/reference/ssyk.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';
import { jobbsparPageRoutes, loiPageRoutes, routePath, statusPath } from '../../core/paths.ts';

const { loi: t, staff } = translations();
const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

function Matches({ matches, fa }: { matches: Match[]; fa: string }) {
  return (
    <section aria-labelledby="matchningar">
      <h2 id="matchningar">{t.matches.title}</h2>
      <p>
        {t.matches.lead}{' '}
        <a href={`/region/${fa}/`}>
          FA-region {fa} {getFaRegion(fa)?.namn}
        </a>
      </p>
      {matches.length === 0 ? (
        <p className="notice">{t.matches.none}</p>
      ) : (
        <ul className="match-list">
          {matches.map((m) => (
            <li key={m.slug}>
              <a href={m.url}>{m.titel}</a>{' '}
              <span className="muted">({m.ssyk.map((code) => getSsykGroup(code)?.namn ?? code).join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SubmittedPage({ reference, fa, matches }: { reference: string; fa: string; matches: Match[] }) {
  return (
    <>
      <div className="panel-success" role="status">
        <h1>{t.submitted.title}</h1>
        <p>{fill(t.submitted.lead, { ref: reference })}</p>
      </div>
      <p>{t.submitted.expiry}</p>
      <Matches matches={matches} fa={fa} />
    </>
  );
}

interface StatusProps {
  view: LoiView;
  token: string;
  notice?: 'bekraftad' | 'tillbakadragen';
}

const steps = ['received', 'handled', 'planned', 'closed'] as const;

/** A step of the timeline as reached: waiting for the employer, taken back, or done. Its text says which, not only its mark. */
const reachedClass = (status: LoiStatus) => (status === 'unconfirmed' ? 'waiting' : status === 'withdrawn' ? 'withdrawn' : 'done');

/** Why the LOI went to its supplier, by the rule of its region; undefined when it went to none. */
function allocatedBy({ recipients, allocation, loi }: LoiView): string | undefined {
  const supplier = recipients.find((r) => r.role === 'leverantor')?.supplier;
  if (!supplier || !allocation) return undefined;
  if (allocation.rule === 'rak_ordning') return t.statusPage.allocatedBy.rak_ordning;
  return supplier === loi.leverantor ? t.statusPage.allocatedBy.arbetsgivaren_valjer : t.statusPage.allocatedBy.arbetsgivaren_valjer_next;
}

export function StatusPage({ view, token, notice }: StatusProps) {
  const reached = new Map(view.history.map((h) => [h.status, h.at]));
  const why = allocatedBy(view);
  return (
    <>
      {/* The page says that only the LOI prints: its heading and notices do not. */}
      <h1 className="no-print">{fill(t.statusPage.title, { ref: view.reference })}</h1>
      {notice && (
        <p className="panel-success no-print" role="status">
          {notice === 'bekraftad' ? t.statusPage.confirmedNotice : t.statusPage.withdrawnNotice}
        </p>
      )}
      <p className="status-line no-print">
        Status: <strong className={`status status-${view.status}`}>{t.status[view.status]}</strong>
      </p>

      {view.status === 'unconfirmed' && (
        <section className="panel no-print" aria-labelledby="bekrafta">
          <h2 id="bekrafta">{t.statusPage.confirmTitle}</h2>
          <p>{t.statusPage.confirmText}</p>
          <form method="post" action={`/api/loi/${view.id}/confirm`}>
            <input type="hidden" name="token" value={token} />
            <button type="submit">{t.statusPage.confirm}</button>
          </form>
        </section>
      )}

      <section className="no-print" aria-labelledby="historik">
        <h2 id="historik">{t.statusPage.history}</h2>
        <ol className="timeline">
          {view.status === 'withdrawn'
            ? view.history.map((h) => (
                <li key={h.status} className={reachedClass(h.status)}>
                  {t.status[h.status]} <span className="muted">{dateTime(h.at)}</span>
                </li>
              ))
            : [
                ...(view.status === 'unconfirmed'
                  ? [
                      <li key="unconfirmed" className={reachedClass('unconfirmed')}>
                        {t.status.unconfirmed} <span className="muted">{t.statusPage.waitingForYou}</span>
                      </li>,
                    ]
                  : []),
                ...steps
                  // A closed LOI shows the steps it went through, not those it skipped.
                  .filter((step) => view.status !== 'closed' || reached.has(step))
                  .map((step) => (
                    <li key={step} className={reached.has(step) ? 'done' : 'todo'}>
                      {t.status[step]}
                      {reached.has(step) ? (
                        <span className="muted"> {dateTime(reached.get(step)!)}</span>
                      ) : (
                        <span className="visually-hidden"> (inte ännu)</span>
                      )}
                    </li>
                  )),
              ]}
        </ol>
        {view.closedBecause && (
          <p>
            {fill(t.statusPage.closedBecause, { reason: staff.closingReasons[view.closedBecause as keyof typeof staff.closingReasons] })}
          </p>
        )}
      </section>

      {view.status !== 'unconfirmed' && view.status !== 'withdrawn' && (
        <section className="no-print" aria-labelledby="kontaktperson">
          <h2 id="kontaktperson">{t.statusPage.responsibleTitle}</h2>
          {view.responsible ? (
            <>
              <p>{t.statusPage.responsibleLead}</p>
              <dl className="facts">
                <dt>{t.fields['kontakt.namn'].label}</dt>
                <dd>{view.responsible.name ?? view.responsible.email}</dd>
                <dt>{staff.home.organisation}</dt>
                <dd>{view.responsible.organisationName}</dd>
                <dt>{t.fields['kontakt.epost'].label}</dt>
                <dd>
                  <a href={`mailto:${view.responsible.email}`}>{view.responsible.email}</a>
                </dd>
                {view.responsible.phone && (
                  <>
                    <dt>{t.fields['kontakt.telefon'].label}</dt>
                    <dd>
                      <a href={`tel:${view.responsible.phone.replace(/[^+\d]/g, '')}`}>{view.responsible.phone}</a>
                    </dd>
                  </>
                )}
              </dl>
            </>
          ) : (
            <p>{t.statusPage.noResponsible}</p>
          )}
        </section>
      )}

      {view.messages.length > 0 && (
        <section className="no-print" aria-labelledby="meddelanden">
          <h2 id="meddelanden">{t.statusPage.messagesTitle}</h2>
          <ol className="messages">
            {view.messages.map((m) => (
              <li key={m.at}>
                <p className="muted">{fill(t.statusPage.messageFrom, { from: m.from, date: dateTime(m.at) })}</p>
                <p className="preserve-lines">{m.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {view.jobbspar && (
        <p className="panel">
          <a href={routePath(jobbsparPageRoutes.publicItem, { id: view.jobbspar.id })}>
            {fill(translations().jobbspar.public.statusLink, { name: view.jobbspar.name })}
          </a>
        </p>
      )}

      <section className="no-print" aria-labelledby="mottagare">
        <h2 id="mottagare">{t.statusPage.sentTo}</h2>
        {view.status === 'unconfirmed' ? (
          <p>{t.statusPage.notSentYet}</p>
        ) : (
          <>
            <ul>
              {view.recipients.map((r) => (
                <li key={`${r.role}-${r.organisation}`}>
                  {t.statusPage.roles[r.role]}:{' '}
                  {r.supplier ? <a href={`/leverantorer/${r.supplier}/`}>{r.organisation}</a> : r.organisation}
                </li>
              ))}
            </ul>
            {why && <p>{why}</p>}
            {view.unrouted.includes('leverantor') && <p className="notice">{t.statusPage.noSupplier}</p>}
            {view.unrouted.includes('kommun') && <p className="notice">{t.statusPage.unroutedKommun}</p>}
            {view.unrouted.includes('arbetsformedlingen') && <p className="notice">{t.statusPage.unroutedAf}</p>}
          </>
        )}
      </section>

      <div className="no-print">
        <Matches matches={view.matches} fa={view.fa} />
      </div>

      <LoiDocument view={view} />
      <p className="no-print">
        {t.statusPage.printHint} {/* Shown by the page's script; without JavaScript the browser's own print command does the same. */}
        <button type="button" className="secondary" data-print hidden>
          {t.statusPage.print}
        </button>
      </p>

      {canWithdraw(view.status) && (
        <section className="panel no-print" aria-labelledby="dra-tillbaka">
          <h2 id="dra-tillbaka">{t.statusPage.withdrawTitle}</h2>
          <p>{t.statusPage.withdrawText}</p>
          {/* To the page that asks first: withdrawing cannot be undone. */}
          <form method="get" action={loiPageRoutes.withdraw}>
            <input type="hidden" name="id" value={view.id} />
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button-warning">
              {t.statusPage.withdraw}
            </button>
          </form>
        </section>
      )}
    </>
  );
}

/** The signed LOI in the uniform template; the print stylesheet prints only this. */
export function LoiDocument({ view }: { view: LoiView }) {
  const { loi } = view;
  const f = t.fields;
  const yesNo = (value: boolean) => (value ? t.statusPage.yes : t.statusPage.no);
  const row = (label: string, value: React.ReactNode) => (
    <div className="doc-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article id="avsiktsforklaring" className="loi-document" aria-labelledby="dokument-rubrik">
      <h2 id="dokument-rubrik">
        {t.statusPage.document} {view.reference}
      </h2>
      {(view.status === 'withdrawn' || view.status === 'unconfirmed') && (
        <p className="doc-mark">{t.statusPage.documentMark[view.status]}</p>
      )}
      <p className="muted">{fill(t.statusPage.submittedOn, { date: formatDate(view.createdAt.slice(0, 10)) })}</p>
      <h3>{t.sections.organisation}</h3>
      <dl>
        {row(f['organisation.namn'].label, loi.organisation.namn)}
        {row(f['organisation.organisationsnummer'].label, loi.organisation.organisationsnummer ?? f['organisation.enskildFirma'].label)}
        {row(f['organisation.storlek'].label, t.choices.storlek[loi.organisation.storlek])}
        {row(f.arbetsplatsKommun.label, `${getKommun(loi.arbetsplatsKommun)?.namn} (FA-region ${view.fa} ${getFaRegion(view.fa)?.namn})`)}
      </dl>
      <h3>{t.sections.kontakt}</h3>
      <dl>
        {row(f['kontakt.namn'].label, `${loi.kontakt.namn}, ${loi.kontakt.roll}`)}
        {row(f['kontakt.epost'].label, loi.kontakt.epost)}
        {row(f['kontakt.telefon'].label, loi.kontakt.telefon)}
      </dl>
      <h3>{t.sections.behov}</h3>
      <dl>
        {row(f['behov.yrken'].label, loi.behov.yrken.map((y) => `${y.namn} (SSYK ${y.ssyk})`).join(', '))}
        {row(f['behov.antal'].label, loi.behov.antal)}
        {row(f['behov.tidigastStart'].label, formatDate(loi.behov.tidigastStart))}
        {row(f['behov.anstallningsform'].label, t.choices.anstallningsform[loi.behov.anstallningsform])}
      </dl>
      <h3>{t.sections.kompetens}</h3>
      <dl>
        {row(
          f['kompetens.kunskaper'].label,
          <ul>
            {loi.kompetens.kunskaper.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>,
        )}
        {row(f['kompetens.svenskniva'].label, t.choices.svenskniva[loi.kompetens.svenskniva])}
        {row(f['kompetens.korkortOchCertifikat'].label, loi.kompetens.korkortOchCertifikat.join(', ') || '–')}
      </dl>
      <h3>{t.sections.erbjuder}</h3>
      <dl>
        {row(f['erbjuder.praktikplatser'].label, yesNo(loi.erbjuder.praktikplatser))}
        {row(f['erbjuder.studiebesok'].label, yesNo(loi.erbjuder.studiebesok))}
        {row(f['erbjuder.handledare'].label, yesNo(loi.erbjuder.handledare))}
        {row(f['erbjuder.internutbildning'].label, yesNo(loi.erbjuder.internutbildning))}
        {row(f.anstallningsstod.label, t.choices.anstallningsstod[loi.anstallningsstod])}
      </dl>
      {loi.ovrigt && (
        <>
          <h3>{t.sections.ovrigt}</h3>
          <p className="preserve-lines">{loi.ovrigt}</p>
        </>
      )}
      <p className="doc-note">{t.statusPage.documentNote}</p>
      <p className="doc-signature">{fill(t.statusPage.signedBy, { name: loi.undertecknare.namn, title: loi.undertecknare.titel })}</p>
    </article>
  );
}

/** "Vill du dra tillbaka …?": asked before an LOI is withdrawn, since that cannot be undone. */
export function WithdrawPage({ view, token }: { view: LoiView; token: string }) {
  return (
    <>
      <h1>{fill(t.withdrawPage.title, { ref: view.reference })}</h1>
      <p>{view.status === 'unconfirmed' ? t.withdrawPage.notSent : t.withdrawPage.recipientsTold}</p>
      <p>{t.withdrawPage.final}</p>
      <form method="post" action={`/api/loi/${view.id}/withdraw`} className="button-row">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button-warning">
          {t.withdrawPage.confirm}
        </button>
        <a href={statusPath(view.id, token)}>{t.withdrawPage.back}</a>
      </form>
    </>
  );
}
