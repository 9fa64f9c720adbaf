/**
 * The staff inbox's pages: the list with its filters (a GET form), an item with its history and
 * the forms that act on it, and the organisation's people. Plain forms that work without
 * JavaScript; each form's fields are named after the contract (core/contracts/inbox.ts).
 */
import { Fragment, type ReactNode } from 'react';
import {
  closingReasons,
  inboxKinds,
  inboxStatuses,
  nextStatuses,
  type CaseEvent,
  type InboxKind,
  type InboxQuery,
} from '../../core/contracts/inbox.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';
import { inboxApiRoutes, jobbsparPageRoutes, routePath, sessionApiRoutes, staffPageRoutes } from '../../core/paths.ts';
import { getKommun, kommuner } from '../../core/reference/index.ts';
import { ErrorSummary, Field, fieldId } from '../loi/fields.tsx';
import { TableScroll } from '../frame/TableScroll.tsx';

const t = translations().staff;

export interface SignedInPerson {
  email: string;
  name?: string;
  organisation: string;
  role: 'lasare' | 'handlaggare' | 'admin';
}

interface EntryView {
  kind: InboxKind;
  id: string;
  reference: string;
  status: (typeof inboxStatuses)[number];
  createdAt: string;
  kommun?: string;
  ssyk: string[];
  assignee?: string;
  title: string;
  positions?: number;
}

const itemHref = (kind: InboxKind, id: string) => routePath(staffPageRoutes.item, { kind, id });
const when = (at: string) => `${formatDate(at.slice(0, 10))} ${at.slice(11, 16)}`;
const kommunName = (kod: string | undefined) => (kod ? (getKommun(kod)?.namn ?? kod) : '–');

/** Who is signed in, and the ways on: the inbox, the people (for an admin), signing out. */
export function StaffBar({ person, organisationName, csrfToken }: { person: SignedInPerson; organisationName: string; csrfToken: string }) {
  return (
    <nav className="staff-bar" aria-label={t.workspace}>
      <p>
        {t.home.signedInAs} <strong>{person.name ?? person.email}</strong>, {organisationName} ({t.roles[person.role].toLowerCase()})
      </p>
      <ul className="inline-list">
        <li>
          <a href={staffPageRoutes.home}>{t.home.inbox}</a>
        </li>
        <li>
          <a href={jobbsparPageRoutes.list}>{translations().jobbspar.staff.listTitle}</a>
        </li>
        {person.role === 'admin' && (
          <li>
            <a href={staffPageRoutes.people}>{t.inbox.people}</a>
          </li>
        )}
        <li>
          <form method="post" action={sessionApiRoutes.signOut}>
            <input type="hidden" name="csrf" value={csrfToken} />
            <button type="submit" className="button secondary">
              {t.home.signOut}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}

/** How many complaints about a supplier, by its name, came in a month ("2026-03"). */
interface ComplaintCountView {
  supplier: string;
  month: string;
  count: number;
}

interface InboxProps {
  organisationName: string;
  query: Partial<Record<keyof InboxQuery, string>>;
  errors: FieldError[];
  entries: EntryView[];
  counts: Record<string, number>;
  next?: string;
  people: { email: string; name?: string }[];
  me: string;
  /** The person may plan a jobbspår from the organisation's LOIs (a supplier's people who act). */
  plansJobbspar?: boolean;
  /** When the list is of complaints: how many per supplier and month. */
  complaintCounts?: ComplaintCountView[];
}

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <Field name={name} label={label}>
      {() => (
        <select id={fieldId(name)} name={name} defaultValue={value ?? ''}>
          <option value="">{t.inbox.all}</option>
          {options.map(([code, text]) => (
            <option key={code} value={code}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextFilter({
  name,
  label,
  hint,
  value,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  errors: FieldError[];
}) {
  const error = errors.find((e) => e.path === name)?.message;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(name)}
          name={name}
          defaultValue={value ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          inputMode={name === 'yrke' ? 'numeric' : undefined}
          className="input-short"
        />
      )}
    </Field>
  );
}

/** A link to the list with the filters as they are but one changed; `undefined` removes it. */
const withFilter = (query: InboxProps['query'], change: Partial<InboxProps['query']>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, sida: undefined, ...change })) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${staffPageRoutes.home}?${search}` : staffPageRoutes.home;
};

const monthFormat = new Intl.DateTimeFormat('sv', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** The complaints per supplier and month: a row per supplier, a column per month that has any, and the total. */
function ComplaintCounts({ counts }: { counts: ComplaintCountView[] }) {
  const c = t.inbox.complaintCounts;
  const months = [...new Set(counts.map((n) => n.month))].sort();
  const suppliers = [...new Set(counts.map((n) => n.supplier))].sort((a, b) => a.localeCompare(b, 'sv'));
  const countOf = (supplier: string, month?: string) =>
    counts.filter((n) => n.supplier === supplier && (!month || n.month === month)).reduce((sum, n) => sum + n.count, 0);
  return (
    <>
      <h2 id="synpunkter-per-leverantor">{c.title}</h2>
      <p>{c.lead}</p>
      <TableScroll labelledBy="synpunkter-per-leverantor">
        <table>
          <thead>
            <tr>
              <th scope="col">{c.supplier}</th>
              {months.map((month) => (
                <th scope="col" key={month}>
                  {monthName(month)}
                </th>
              ))}
              <th scope="col">{c.total}</th>
            </tr>
          </thead>
          <tbody>
            {suppliers.map((supplier) => (
              <tr key={supplier}>
                <th scope="row">{supplier}</th>
                {months.map((month) => (
                  <td key={month}>{countOf(supplier, month)}</td>
                ))}
                <td>{countOf(supplier)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

export function InboxPage({
  organisationName,
  query,
  errors,
  entries,
  counts,
  next,
  people,
  me,
  plansJobbspar,
  complaintCounts,
}: InboxProps) {
  const i = t.inbox;
  const filtered = Object.entries(query).some(([key, value]) => key !== 'sida' && value);
  const exportParams = new URLSearchParams(Object.entries(query).filter(([key, value]) => key !== 'sida' && value) as [string, string][]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{i.title}</h1>
      <p>{fill(i.lead, { organisation: organisationName })}</p>
      {plansJobbspar && (
        <p>
          <a className="button" href={jobbsparPageRoutes.create}>
            {translations().jobbspar.staff.create}
          </a>
        </p>
      )}
      <section aria-labelledby="antal">
        <h2 id="antal">{i.counts}</h2>
        <ul className="inline-list status-counts">
          {Object.entries(counts).map(([status, count]) => (
            <li key={status}>
              <a href={withFilter(query, { status })} aria-current={query.status === status ? 'true' : undefined}>
                {t.statuses[status as keyof typeof t.statuses]}: {count}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <form method="get" action={staffPageRoutes.home} className="inbox-filters" noValidate>
        <fieldset>
          <legend>{i.filters}</legend>
          <Select name="typ" label={i.kind} value={query.typ} options={inboxKinds.map((k) => [k, t.kindsPlural[k]])} />
          <Select name="status" label={i.status} value={query.status} options={inboxStatuses.map((s) => [s, t.statuses[s]])} />
          <Select name="kommun" label={i.kommun} value={query.kommun} options={kommuner.map((k) => [k.kod, k.namn])} />
          <TextFilter name="yrke" label={i.occupation} value={query.yrke} errors={errors} />
          <TextFilter name="fran" label={i.from} hint={i.dateHint} value={query.fran} errors={errors} />
          <TextFilter name="till" label={i.to} hint={i.dateHint} value={query.till} errors={errors} />
          <Select
            name="ansvarig"
            label={i.assignee}
            value={query.ansvarig}
            options={[
              [me, i.me],
              ['ingen', i.nobody],
              ...people.filter((p) => p.email !== me).map((p): [string, string] => [p.email, p.name ?? p.email]),
            ]}
          />
        </fieldset>
        <button type="submit">{i.apply}</button> {filtered && <a href={staffPageRoutes.home}>{i.clear}</a>}
      </form>
      {complaintCounts && complaintCounts.length > 0 && <ComplaintCounts counts={complaintCounts} />}
      {entries.length === 0 ? (
        <p className="panel">{filtered ? i.empty : i.emptyAll}</p>
      ) : (
        <TableScroll labelledBy="arenden">
          <table>
            <caption id="arenden">
              {i.caption} ({fill(i.shown, { n: entries.length })})
            </caption>
            <thead>
              <tr>
                <th scope="col">{i.reference}</th>
                <th scope="col">{i.kind}</th>
                <th scope="col">{i.from_}</th>
                <th scope="col">{i.kommun}</th>
                <th scope="col">{i.positions}</th>
                <th scope="col">{i.status}</th>
                <th scope="col">{i.assignee}</th>
                <th scope="col">{i.received}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.kind}-${e.id}`}>
                  <td>
                    <a href={itemHref(e.kind, e.id)}>{e.reference}</a>
                  </td>
                  <td>{t.kinds[e.kind]}</td>
                  <td>{e.title}</td>
                  <td>{kommunName(e.kommun)}</td>
                  <td>{e.positions ?? '–'}</td>
                  <td>{t.statuses[e.status]}</td>
                  <td>{e.assignee ? (people.find((p) => p.email === e.assignee)?.name ?? e.assignee) : '–'}</td>
                  <td>{when(e.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ul className="inline-list">
        {query.sida && (
          <li>
            <a href={withFilter(query, {})}>{i.first}</a>
          </li>
        )}
        {next && (
          <li>
            <a href={withFilter(query, { sida: next })} rel="next">
              {i.next}
            </a>
          </li>
        )}
        <li>
          <a href={`${inboxApiRoutes.export}${exportParams.size > 0 ? `?${exportParams}` : ''}`} download>
            {i.exportCsv}
          </a>
        </li>
      </ul>
    </>
  );
}

export interface ItemView {
  kind: InboxKind;
  id: string;
  reference: string;
  status: (typeof inboxStatuses)[number];
  createdAt: string;
  /** The submission's content as label and value, in the form's order. */
  facts: [string, string][];
  deliveries: { to: string; purpose: string; state: 'pending' | 'sent' | 'failed'; attempts: number }[];
  assignee?: { email: string; name?: string; organisationName: string };
  handedTo: string[];
  history: { status: string; at: string }[];
  events: (CaseEvent & { byOrganisationName: string })[];
  answer?: { text: string; insats?: string };
}

interface ItemProps {
  item: ItemView;
  person: SignedInPerson;
  csrfToken: string;
  colleagues: { email: string; name?: string; role: string }[];
  /** The action whose form failed, and its errors. */
  failed?: { action: string; errors: FieldError[] };
  saved?: boolean;
  /** The submission in its own template (an LOI's), shown as its content instead of the facts. */
  document?: ReactNode;
}

/** A form of the item page: posted to the action's route, with the session's CSRF token. */
function ActionForm({
  action,
  item,
  csrfToken,
  title,
  button,
  children,
}: {
  action: keyof typeof inboxApiRoutes;
  item: ItemView;
  csrfToken: string;
  title: string;
  button: string;
  children: ReactNode;
}) {
  const id = `form-${action}`;
  return (
    <section aria-labelledby={id} className="action">
      <h3 id={id}>{title}</h3>
      <form method="post" action={routePath(inboxApiRoutes[action], { kind: item.kind, id: item.id })} noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        {children}
        <button type="submit">{button}</button>
      </form>
    </section>
  );
}

const statusName = (status: string | undefined) => (status && t.statuses[status as keyof typeof t.statuses]) || status;

/**
 * The item's history in time order: the staff's events (who, what, from → to), and the changes of
 * status that no staff event records (the sender's confirmation or withdrawal).
 */
function timeline(item: ItemView) {
  const byStaff = new Set(item.events.filter((e) => e.action === 'status').map((e) => e.at));
  return [
    ...item.history.filter((h) => !byStaff.has(h.at)).map((h) => ({ at: h.at, text: statusName(h.status), who: '', detail: '' })),
    ...item.events.map((e) => ({
      at: e.at,
      text: e.action === 'status' ? `${t.actions.status}: ${statusName(e.from)} → ${statusName(e.to)}` : t.actions[e.action],
      who: `${e.by.name ?? e.by.email}, ${e.byOrganisationName}`,
      detail: [
        e.action === 'assign' || e.action === 'hand_on' ? e.to : undefined,
        e.reason && (t.closingReasons[e.reason as keyof typeof t.closingReasons] ?? e.reason),
        e.text,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

export function ItemPage({ item, person, csrfToken, colleagues, failed, saved, document }: ItemProps) {
  const it = t.item;
  const errorOf = (action: string, path: string) =>
    failed?.action === action ? failed.errors.find((e) => e.path === path)?.message : undefined;
  const summary = (failed?.errors ?? []).map((e) => ({ ...e, path: `${failed!.action}.${e.path}` }));
  const later = nextStatuses(item.kind, item.status);
  const acts = person.role !== 'lasare';
  const textArea = (action: string, label: string, hint?: string, name = 'text') => (
    <Field name={`${action}.${name}`} label={label} hint={hint} error={errorOf(action, name)}>
      {(describedBy, invalid) => (
        <textarea
          id={fieldId(`${action}.${name}`)}
          name={name}
          rows={4}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
  return (
    <>
      <p>
        <a href={staffPageRoutes.home}>{it.back}</a>
      </p>
      <ErrorSummary errors={summary} />
      {saved && (
        <p className="panel-success" role="status">
          {it.saved}
        </p>
      )}
      <h1>
        {t.kinds[item.kind]} {item.reference}
      </h1>
      <dl className="facts">
        <dt>{t.inbox.status}</dt>
        <dd>{t.statuses[item.status]}</dd>
        <dt>{it.created}</dt>
        <dd>{when(item.createdAt)}</dd>
        <dt>{it.responsible}</dt>
        <dd>{item.assignee ? `${item.assignee.name ?? item.assignee.email}, ${item.assignee.organisationName}` : it.noResponsible}</dd>
        {item.handedTo.length > 0 && (
          <>
            <dt>{it.handedTo}</dt>
            <dd>{item.handedTo.join(', ')}</dd>
          </>
        )}
      </dl>
      {item.answer && (
        <section aria-labelledby="svar">
          <h2 id="svar">{it.answerTitle}</h2>
          <p className="preserve-lines">{item.answer.text}</p>
          {item.answer.insats && <p>{item.answer.insats}</p>}
        </section>
      )}
      <section aria-labelledby="innehall">
        <h2 id="innehall">{it.content}</h2>
        {document ?? (
          <dl className="facts">
            {item.facts.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd className="preserve-lines">{value}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="skickad">
        <h2 id="skickad">{it.sentTo}</h2>
        <ul>
          {item.deliveries.map((d) => (
            <li key={`${d.purpose}-${d.to}`}>
              {d.to}: {it.delivery[d.state]}
              {d.attempts > 1 ? ` (${d.attempts})` : ''}
            </li>
          ))}
        </ul>
      </section>
      {acts ? (
        <section aria-labelledby="andra">
          <h2 id="andra">{t.workspace}</h2>
          {later.length > 0 && item.status !== 'withdrawn' && (
            <ActionForm action="status" item={item} csrfToken={csrfToken} title={it.statusChange.title} button={it.statusChange.button}>
              <Field name="status.status" label={it.statusChange.label} error={errorOf('status', 'status')}>
                {(describedBy, invalid) => (
                  <select id={fieldId('status.status')} name="status" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                    {later.map((s) => (
                      <option key={s} value={s}>
                        {t.statuses[s as keyof typeof t.statuses]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {item.kind === 'loi' ? (
                <Field name="status.orsak" label={it.reason} error={errorOf('status', 'orsak')} optional>
                  {(describedBy, invalid) => (
                    <select id={fieldId('status.orsak')} name="orsak" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                      <option value="">–</option>
                      {closingReasons.map((r) => (
                        <option key={r} value={r}>
                          {t.closingReasons[r]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : (
                <>
                  {textArea('status', it.answer.label, it.answer.hint, 'svar')}
                  <Field name="status.insats" label={it.insats.label} hint={it.insats.hint} error={errorOf('status', 'insats')}>
                    {(describedBy, invalid) => (
                      <input
                        id={fieldId('status.insats')}
                        name="insats"
                        aria-describedby={describedBy}
                        aria-invalid={invalid || undefined}
                      />
                    )}
                  </Field>
                </>
              )}
            </ActionForm>
          )}
          <ActionForm action="assign" item={item} csrfToken={csrfToken} title={it.assign.title} button={it.assign.button}>
            <Field name="assign.ansvarig" label={it.assign.label} error={errorOf('assign', 'ansvarig')}>
              {(describedBy, invalid) => (
                <select
                  id={fieldId('assign.ansvarig')}
                  name="ansvarig"
                  defaultValue={item.assignee?.email ?? person.email}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                >
                  {colleagues
                    .filter((c) => c.role !== 'lasare')
                    .map((c) => (
                      <option key={c.email} value={c.email}>
                        {c.email === person.email ? `${t.inbox.me} (${c.name ?? c.email})` : (c.name ?? c.email)}
                      </option>
                    ))}
                </select>
              )}
            </Field>
          </ActionForm>
          {item.kind === 'loi' && item.status !== 'withdrawn' && (
            <ActionForm action="message" item={item} csrfToken={csrfToken} title={it.message.title} button={it.message.button}>
              {textArea('message', it.message.label, it.message.hint)}
            </ActionForm>
          )}
          <ActionForm action="note" item={item} csrfToken={csrfToken} title={it.note.title} button={it.note.button}>
            {textArea('note', it.note.label, it.note.hint)}
          </ActionForm>
          <ActionForm action="handOn" item={item} csrfToken={csrfToken} title={it.handOn.title} button={it.handOn.button}>
            <Field name="handOn.till" label={it.handOn.to} hint={it.handOn.toHint} error={errorOf('handOn', 'till')}>
              {(describedBy, invalid) => (
                <input
                  id={fieldId('handOn.till')}
                  name="till"
                  list="handOn-choices"
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                />
              )}
            </Field>
            {item.kind === 'loi' && (
              <datalist id="handOn-choices">
                <option value="tillbaka">{it.handOn.back}</option>
              </datalist>
            )}
            {textArea('handOn', it.handOn.reason, undefined, 'orsak')}
          </ActionForm>
        </section>
      ) : (
        <p>{it.readOnly}</p>
      )}
      <section aria-labelledby="handelser">
        <h2 id="handelser">{it.history}</h2>
        <ol className="timeline">
          {timeline(item).map((entry) => (
            <li key={`${entry.at}-${entry.text}`}>
              <strong>{entry.text}</strong>{' '}
              <span className="meta">
                {when(entry.at)}
                {entry.who && `, ${entry.who}`}
              </span>
              {entry.detail && <p className="preserve-lines">{entry.detail}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

interface PeopleProps {
  organisationName: string;
  people: { email: string; name?: string; phone?: string; role: 'lasare' | 'handlaggare' | 'admin' }[];
  csrfToken: string;
  errors: FieldError[];
  notice?: 'added' | 'removed';
  me: string;
}

export function PeoplePage({ organisationName, people, csrfToken, errors, notice, me }: PeopleProps) {
  const p = t.people;
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const input = (name: 'email' | 'name' | 'phone', label: string, type: string, hint?: string) => (
    <Field name={name} label={label} hint={hint} error={errorOf(name)} optional={name === 'phone'}>
      {(describedBy, invalid) => (
        <input id={fieldId(name)} name={name} type={type} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      {notice && (
        <p className="panel-success" role="status">
          {p[notice]}
        </p>
      )}
      <h1>{fill(p.title, { organisation: organisationName })}</h1>
      <p>{p.lead}</p>
      <TableScroll labelledBy="personer">
        <table>
          <caption id="personer">{p.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.name}</th>
              <th scope="col">{p.email}</th>
              <th scope="col">{p.phone}</th>
              <th scope="col">{p.role}</th>
              <th scope="col">
                <span className="visually-hidden">{p.remove.replace('{name}', '')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.email}>
                <td>{person.name ?? '–'}</td>
                <td>{person.email}</td>
                <td>{person.phone ?? '–'}</td>
                <td>{t.roles[person.role]}</td>
                <td>
                  {person.email !== me && (
                    <form method="post" action={inboxApiRoutes.removePerson}>
                      <input type="hidden" name="csrf" value={csrfToken} />
                      <input type="hidden" name="email" value={person.email} />
                      <button type="submit" className="button secondary">
                        {fill(p.remove, { name: person.name ?? person.email })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{p.add}</h2>
      <form method="post" action={inboxApiRoutes.people} noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        {input('email', p.email, 'email')}
        {input('name', p.name, 'text')}
        {input('phone', p.phone, 'tel', p.phoneHint)}
        <Field name="role" label={p.role} error={errorOf('role')}>
          {(describedBy, invalid) => (
            <select
              id={fieldId('role')}
              name="role"
              defaultValue="handlaggare"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            >
              {(['lasare', 'handlaggare', 'admin'] as const).map((role) => (
                <option key={role} value={role}>
                  {t.roles[role]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{p.addButton}</button>
      </form>
    </>
  );
}
