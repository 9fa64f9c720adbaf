/**
 * The staff's jobbspår pages: the organisation's list, choosing the LOIs of a new track, the
 * track's plan as a form, and a track with its forms (plan, status, counts) and history. Plain
 * forms that work without JavaScript; each field is named after the contract
 * (core/contracts/jobbspar.ts), so a field error's path is the input's name.
 */
import type { ReactNode } from 'react';
import { countLabels, countsBy, jobbsparFlow, type CountName, type JobbsparStatus } from '../../core/contracts/jobbspar.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';
import { jobbsparApiRoutes, jobbsparPageRoutes, routePath, staffPageRoutes } from '../../core/paths.ts';
import { getFaRegion, getKommun } from '../../core/reference/index.ts';
import { TableScroll } from '../frame/TableScroll.tsx';
import { ErrorSummary, Field, fieldId } from '../loi/fields.tsx';

const t = translations().jobbspar;
const s = t.staff;
const when = (at: string) => `${formatDate(at.slice(0, 10))} ${at.slice(11, 16)}`;
const kommunName = (kod: string) => getKommun(kod)?.namn ?? kod;

/** What the staff see of a track. */
export interface TrackView {
  id: string;
  owner: string;
  ownerName: string;
  fa: string;
  status: JobbsparStatus;
  reason?: string;
  plan: {
    namn: string;
    yrken: string[];
    insatser: { id: string; fran: string; till: string; del?: string }[];
    deltagare: number;
    informationsmote: { datum: string; plats: string };
    rekrytering: { fran: string; till: string };
    kontakt: { namn: string; epost: string; telefon?: string };
  };
  lois: { id: string; reference: string; platser: number; employer: string; kommun: string; named: boolean }[];
  counts: Partial<Record<CountName, number>>;
  events: {
    at: string;
    by: { email: string; name?: string; organisation: string };
    action: keyof typeof t.actions;
    from?: string;
    to?: string;
    reason?: string;
    counts?: Record<string, number>;
  }[];
  createdAt: string;
}

/** A catalogue intervention to choose for the chain. */
export interface InsatsChoice {
  slug: string;
  titel: string;
}

/** The track's plan as the form's dotted names and values. */
function planValues(plan: TrackView['plan']): Record<string, string> {
  const values: Record<string, string> = {
    namn: plan.namn,
    yrken: plan.yrken.join(' '),
    deltagare: String(plan.deltagare),
    'informationsmote.datum': plan.informationsmote.datum,
    'informationsmote.plats': plan.informationsmote.plats,
    'rekrytering.fran': plan.rekrytering.fran,
    'rekrytering.till': plan.rekrytering.till,
    'kontakt.namn': plan.kontakt.namn,
    'kontakt.epost': plan.kontakt.epost,
    ...(plan.kontakt.telefon && { 'kontakt.telefon': plan.kontakt.telefon }),
  };
  plan.insatser.forEach((step, i) => {
    values[`insatser.${i}.id`] = step.id;
    values[`insatser.${i}.fran`] = step.fran;
    values[`insatser.${i}.till`] = step.till;
    if (step.del) values[`insatser.${i}.del`] = step.del;
  });
  return values;
}

interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
}

/** A text input of a form: its id is the form's `prefix` and the field's name, so two forms on one page never share one. */
function TextInput({
  prefix,
  name,
  label,
  hint,
  state,
  type = 'text',
  optional,
}: {
  prefix: string;
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  type?: string;
  optional?: boolean;
}) {
  const error = state.errors.find((e) => e.path === name)?.message;
  return (
    <Field name={`${prefix}.${name}`} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(`${prefix}.${name}`)}
          name={name}
          type={type}
          defaultValue={state.values[name] ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          inputMode={type === 'text' && /fran|till|datum|deltagare|platser/.test(name) ? 'numeric' : undefined}
        />
      )}
    </Field>
  );
}

/** The plan's fields, for a new track and for changing one; `steps` rows for the chain. */
function PlanFields({ prefix, state, insatser, steps }: { prefix: string; state: FormState; insatser: InsatsChoice[]; steps: number }) {
  const f = s.fields;
  const input = (name: keyof typeof f & string, props: { type?: string; optional?: boolean } = {}) => {
    const texts = f[name] as { label: string; hint?: string };
    return <TextInput prefix={prefix} name={name} label={texts.label} hint={texts.hint} state={state} {...props} />;
  };
  return (
    <>
      {input('namn')}
      {input('yrken')}
      <h3>{s.chain}</h3>
      {Array.from({ length: steps }, (_, i) => {
        const name = `insatser.${i}.id`;
        const error = state.errors.find((e) => e.path === name)?.message;
        return (
          <fieldset key={name} className="chain-step">
            <legend>{fill(f.insats.label, { n: String(i + 1) })}</legend>
            <Field name={`${prefix}.${name}`} label={fill(f.insats.label, { n: String(i + 1) })} hint={f.insats.hint} error={error}>
              {(describedBy, invalid) => (
                <select
                  id={fieldId(`${prefix}.${name}`)}
                  name={name}
                  defaultValue={state.values[name] ?? ''}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                >
                  <option value="">–</option>
                  {insatser.map((insats) => (
                    <option key={insats.slug} value={insats.slug}>
                      {insats.titel}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextInput prefix={prefix} name={`insatser.${i}.fran`} label={f.fran.label} hint={f.fran.hint} state={state} />
            <TextInput prefix={prefix} name={`insatser.${i}.till`} label={f.till.label} hint={f.till.hint} state={state} />
            <TextInput prefix={prefix} name={`insatser.${i}.del`} label={f.del.label} state={state} optional />
          </fieldset>
        );
      })}
      {input('deltagare')}
      {input('informationsmote.datum')}
      {input('informationsmote.plats')}
      {input('rekrytering.fran')}
      {input('rekrytering.till')}
      {input('kontakt.namn')}
      {input('kontakt.epost', { type: 'email' })}
      {input('kontakt.telefon', { type: 'tel', optional: true })}
    </>
  );
}

/** The form's errors in a summary that links to the fields, each path under the form's prefix. */
const summaryOf = (prefix: string, errors: FieldError[]) => errors.map((e) => ({ ...e, path: `${prefix}.${e.path || 'namn'}` }));

export function JobbsparListPage({ tracks, canCreate }: { tracks: TrackView[]; canCreate: boolean }) {
  return (
    <>
      <h1>{s.listTitle}</h1>
      <p>{s.listLead}</p>
      {canCreate && (
        <p>
          <a className="button" href={jobbsparPageRoutes.create}>
            {s.create}
          </a>
        </p>
      )}
      {tracks.length === 0 ? (
        <p className="panel">{s.empty}</p>
      ) : (
        <TableScroll labelledBy="jobbspar-lista">
          <table>
            <caption id="jobbspar-lista">{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{s.region}</th>
                <th scope="col">{s.status}</th>
                <th scope="col">{s.start}</th>
                <th scope="col">{s.participants}</th>
              </tr>
            </thead>
            <tbody>
              {tracks.map((track) => (
                <tr key={track.id}>
                  <td>
                    <a href={routePath(jobbsparPageRoutes.item, { id: track.id })}>{track.plan.namn}</a>
                  </td>
                  <td>
                    {track.fa} {getFaRegion(track.fa)?.namn}
                  </td>
                  <td>{t.statuses[track.status]}</td>
                  <td>
                    {formatDate(track.plan.rekrytering.fran)} – {formatDate(track.plan.rekrytering.till)}
                  </td>
                  <td>{track.plan.deltagare}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** An LOI that can become part of a track. */
export interface LoiChoice {
  id: string;
  reference: string;
  title: string;
  kommun?: string;
  positions?: number;
}

/** The first step of a new track: which LOIs (a GET form, so that the next step's address names them). */
export function ChooseLoisPage({ lois }: { lois: LoiChoice[] }) {
  return (
    <>
      <p>
        <a href={jobbsparPageRoutes.list}>{s.back}</a>
      </p>
      <h1>{s.chooseTitle}</h1>
      {lois.length === 0 ? (
        <p className="panel">{s.chooseNone}</p>
      ) : (
        <form method="get" action={jobbsparPageRoutes.create}>
          <fieldset>
            <legend>{s.chooseLead}</legend>
            <div className="choices">
              {lois.map((loi) => (
                <div className="choice" key={loi.id}>
                  <input type="checkbox" id={`loi-${loi.id}`} name="loi" value={loi.id} />
                  <label htmlFor={`loi-${loi.id}`}>
                    {loi.reference}: {loi.title}
                    {loi.kommun ? `, ${kommunName(loi.kommun)}` : ''}
                    {loi.positions ? ` (${loi.positions} ${s.positions})` : ''}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="submit">{s.chooseButton}</button>
        </form>
      )}
    </>
  );
}

/** The second step: the plan, with the LOIs chosen and the positions each gives. */
export function CreatePage({
  lois,
  insatser,
  csrfToken,
  state,
}: {
  lois: LoiChoice[];
  insatser: InsatsChoice[];
  csrfToken: string;
  state: FormState;
}) {
  const prefix = 'skapa';
  return (
    <>
      <p>
        <a href={jobbsparPageRoutes.create}>{s.chooseTitle}</a>
      </p>
      <ErrorSummary errors={summaryOf(prefix, state.errors)} />
      <h1>{s.formTitle}</h1>
      <p>{s.formLead}</p>
      <form method="post" action={jobbsparApiRoutes.list} noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <h2>{s.employers}</h2>
        {lois.map((loi, i) => (
          <div key={loi.id}>
            <input type="hidden" name={`lois.${i}.id`} value={loi.id} />
            <TextInput
              prefix={prefix}
              name={`lois.${i}.platser`}
              label={fill(s.fields.platser.label, { employer: `${loi.title} (${loi.reference})` })}
              state={{ ...state, values: { [`lois.${i}.platser`]: String(loi.positions ?? 1), ...state.values } }}
            />
          </div>
        ))}
        <h2>{s.plan}</h2>
        <PlanFields prefix={prefix} state={state} insatser={insatser} steps={4} />
        <button type="submit">{s.createButton}</button>
      </form>
    </>
  );
}

/** A form of the track page, posted to its action's route with the session's CSRF token. */
function ActionForm({
  action,
  id,
  csrfToken,
  title,
  button,
  children,
}: {
  action: 'plan' | 'status' | 'counts';
  id: string;
  csrfToken: string;
  title: string;
  button: string;
  children: ReactNode;
}) {
  const heading = `form-${action}`;
  return (
    <section aria-labelledby={heading} className="action">
      <h2 id={heading}>{title}</h2>
      <form method="post" action={routePath(jobbsparApiRoutes.change, { id, action })} noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        {children}
        <button type="submit">{button}</button>
      </form>
    </section>
  );
}

interface TrackPageProps {
  track: TrackView;
  insatser: InsatsChoice[];
  csrfToken: string;
  /** What the person may do: change the track (its owner's people who act), record the candidates (Arbetsförmedlingen's). */
  may: { edit: boolean; candidates: boolean };
  failed?: { action: string; state: FormState };
  saved?: boolean;
}

export function TrackPage({ track, insatser, csrfToken, may, failed, saved }: TrackPageProps) {
  const stateOf = (action: string, values: Record<string, string>): FormState =>
    failed?.action === action ? failed.state : { values, errors: [] };
  const flow: readonly string[] = jobbsparFlow;
  const later = [...jobbsparFlow.filter((status) => flow.indexOf(status) > flow.indexOf(track.status)), 'cancelled' as const];
  const over = track.status === 'finished' || track.status === 'cancelled';
  const countValues = Object.fromEntries(Object.entries(track.counts).map(([name, n]) => [name, String(n)]));
  const countInputs = (names: readonly CountName[], action: string) =>
    names.map((name) => (
      <TextInput
        key={name}
        prefix={action}
        name={name}
        label={`${countLabels[name][0]!.toUpperCase()}${countLabels[name].slice(1)}`}
        state={stateOf(action, countValues)}
        optional
      />
    ));
  const statusState = stateOf('status', {});
  return (
    <>
      <p>
        <a href={jobbsparPageRoutes.list}>{s.back}</a>
      </p>
      <ErrorSummary errors={failed ? summaryOf(failed.action, failed.state.errors) : []} />
      {saved && (
        <p className="panel-success" role="status">
          {s.saved}
        </p>
      )}
      <h1>{track.plan.namn}</h1>
      <dl className="facts">
        <dt>{s.status}</dt>
        <dd>
          {t.statuses[track.status]}
          {track.reason ? `: ${track.reason}` : ''}
        </dd>
        <dt>{s.region}</dt>
        <dd>
          {track.fa} {getFaRegion(track.fa)?.namn}
        </dd>
        <dt>{s.employers}</dt>
        <dd>
          <ul>
            {track.lois.map((loi) => (
              <li key={loi.id}>
                <a href={routePath(staffPageRoutes.item, { kind: 'loi', id: loi.id })}>{loi.reference}</a> {loi.employer},{' '}
                {kommunName(loi.kommun)}: {loi.platser} {s.positions}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{s.chain}</dt>
        <dd>
          <ol>
            {track.plan.insatser.map((step) => (
              <li key={`${step.id}-${step.fran}`}>
                {insatser.find((i) => i.slug === step.id)?.titel ?? step.id}
                {step.del ? ` (${step.del})` : ''}: {formatDate(step.fran)} – {formatDate(step.till)}
              </li>
            ))}
          </ol>
        </dd>
        {(Object.keys(countLabels) as CountName[]).map((name) => (
          <div key={name}>
            <dt>{`${countLabels[name][0]!.toUpperCase()}${countLabels[name].slice(1)}`}</dt>
            <dd>{track.counts[name] ?? '–'}</dd>
          </div>
        ))}
      </dl>
      {track.status !== 'planned' && track.status !== 'cancelled' && (
        <p>
          <a href={routePath(jobbsparPageRoutes.publicItem, { id: track.id })}>{s.publicPage}</a>
        </p>
      )}
      {!may.edit && !may.candidates && <p>{s.readOnly}</p>}
      {may.candidates && track.status !== 'cancelled' && (
        <ActionForm action="counts" id={track.id} csrfToken={csrfToken} title={s.candidatesTitle} button={s.candidatesButton}>
          {countInputs(countsBy.arbetsformedlingen, 'counts')}
        </ActionForm>
      )}
      {may.edit && !over && (
        <ActionForm action="status" id={track.id} csrfToken={csrfToken} title={s.statusTitle} button={s.statusButton}>
          <Field name="status.status" label={s.status} error={statusState.errors.find((e) => e.path === 'status')?.message}>
            {(describedBy, invalid) => (
              <select id={fieldId('status.status')} name="status" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                {later.map((status) => (
                  <option key={status} value={status}>
                    {t.statuses[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextInput prefix="status" name="orsak" label={s.reason} hint={s.reasonHint} state={statusState} optional />
        </ActionForm>
      )}
      {may.edit && track.status !== 'cancelled' && (
        <ActionForm action="counts" id={track.id} csrfToken={csrfToken} title={s.countsTitle} button={s.countsButton}>
          <p>{s.countsLead}</p>
          {countInputs(countsBy.supplier, 'counts')}
        </ActionForm>
      )}
      {may.edit && !over && (
        <ActionForm action="plan" id={track.id} csrfToken={csrfToken} title={s.plan} button={s.planButton}>
          <PlanFields
            prefix="plan"
            state={stateOf('plan', planValues(track.plan))}
            insatser={insatser}
            steps={Math.min(track.plan.insatser.length + 1, 12)}
          />
        </ActionForm>
      )}
      <section aria-labelledby="handelser">
        <h2 id="handelser">{s.history}</h2>
        <ol className="timeline">
          {track.events.map((event) => (
            <li key={`${event.at}-${event.action}`}>
              <strong>
                {t.actions[event.action]}
                {event.to
                  ? `: ${event.from ? `${t.statuses[event.from as JobbsparStatus]} → ` : ''}${t.statuses[event.to as JobbsparStatus]}`
                  : ''}
              </strong>{' '}
              <span className="meta">
                {when(event.at)}, {event.by.name ?? event.by.email}
              </span>
              {event.reason && <p className="preserve-lines">{event.reason}</p>}
              {event.counts && (
                <p>
                  {Object.entries(event.counts)
                    .map(([name, n]) => `${countLabels[name as CountName]}: ${n}`)
                    .join(' · ')}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
