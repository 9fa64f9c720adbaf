/**
 * The page behind a needs signal's confirm link: confirm it (a button, never the link itself,
 * since mail scanners open links), then see where it went. Rendered on request; no JavaScript.
 */
import { fill, translations } from '../../core/i18n/index.ts';

const t = translations().signals;

export interface NeedsConfirmView {
  id: string;
  reference: string;
  confirmed: boolean;
  recipients: { organisation: string; roll: keyof typeof t.roles }[];
  /** The signal as label–value pairs. */
  lines: [string, string][];
}

export function NeedsConfirmPage({ view, token, done }: { view: NeedsConfirmView; token: string; done: boolean }) {
  const page = t.needs.confirmPage;
  return (
    <>
      <h1>{fill(page.title, { ref: view.reference })}</h1>
      {done && (
        <p className="panel-success" role="status">
          {page.done}
        </p>
      )}
      {view.confirmed ? (
        <section aria-labelledby="mottagare">
          <h2 id="mottagare">{page.sentTo}</h2>
          {view.recipients.length === 0 ? (
            <p className="notice">{page.unrouted}</p>
          ) : (
            <ul>
              {view.recipients.map((r) => (
                <li key={`${r.roll}-${r.organisation}`}>
                  {t.roles[r.roll]}: {r.organisation}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <section className="panel" aria-labelledby="bekrafta">
          <p id="bekrafta">{page.lead}</p>
          <form method="post" action={`/api/needs/${view.id}/confirm`}>
            <input type="hidden" name="token" value={token} />
            <button type="submit">{page.button}</button>
          </form>
        </section>
      )}
      <section aria-labelledby="innehall-signal">
        <h2 id="innehall-signal">{page.summary}</h2>
        <dl className="facts">
          {view.lines.flatMap(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
        </dl>
      </section>
    </>
  );
}
