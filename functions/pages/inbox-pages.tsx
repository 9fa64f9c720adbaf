/**
 * The staff inbox over HTTP: the list, an item and the people, each as a page for a person and
 * as JSON for an API client, and the actions, which a page's form and an API client post alike.
 * A form that fails shows its page again with the errors beside the fields; what goes wrong for
 * an API client is problem+json.
 */
import type { ReactNode } from 'react';
import { inboxKinds, inboxQuerySchema, type InboxKind, type InboxQuery } from '../../core/contracts/inbox.ts';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { routePath, staffPageRoutes } from '../../core/paths.ts';
import { InboxPage, ItemPage, PeoplePage, StaffBar, type ItemView } from '../../ui/staff/Inbox.tsx';
import { LoiDocument } from '../../ui/loi/LoiPages.tsx';
import { Invalid, NotFound } from '../domain/errors.ts';
import { allInboxFor, inboxFor, inboxItem, type ComplaintCount, type InboxList } from '../domain/inbox.ts';
import { toCsv } from '../../core/csv.ts';
import { getKommun } from '../../core/reference/index.ts';
import { config } from '../config.ts';
import { loiView } from '../domain/loi.ts';
import { colleaguesOf, listPeople, organisationName, organisationOf } from '../domain/people.ts';
import { signalLines } from '../domain/signal-mail.ts';
import type { SignedIn } from '../domain/sessions.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import type { Submission } from '../store/submission.ts';
import { readBody, type Body } from '../http/body.ts';
import { html, json, problemOf, redirect } from '../http/respond.ts';
import { requireSignedIn, requireSignedInForChange } from '../http/session.ts';
import type { Handle, HttpRequest } from '../http/types.ts';
import { page, swedishFrame } from './frame.tsx';
import { staffPageRoute } from './staff-pages.tsx';

const { staff: t, loi: l } = translations();

/** The filters of a list, from the query string; refused with the fields named. */
function readInboxQuery(query: URLSearchParams): InboxQuery {
  const parsed = inboxQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) throw new Invalid(t.inbox.title, fieldErrors(parsed.error));
  return parsed.data;
}

/** The item a route names; a kind that does not exist is as not found as an id. */
function itemParams(request: HttpRequest): { kind: InboxKind; id: string } {
  const { kind = '', id = '' } = request.pathParams;
  if (!(inboxKinds as readonly string[]).includes(kind))
    throw new NotFound(t.item.back, [{ path: 'kind', message: 'Det finns ingen sådan typ av ärende' }]);
  return { kind: kind as InboxKind, id };
}

/** A page of the workspace: who is signed in and the ways on, above the page's own content. */
const staffPage = (title: string, signedIn: SignedIn, name: string, path: string, content: ReactNode) =>
  page(
    title,
    { ...swedishFrame(path), breadcrumbs: [{ href: staffPageRoutes.home, label: t.workspace }] },
    <>
      <StaffBar person={signedIn.person} organisationName={name} csrfToken={signedIn.csrfToken} />
      {content}
    </>,
  );

// ---- The list ----

const noList: InboxList = { entries: [], counts: {} };

/** The complaints per supplier and month with each supplier by its name in the catalogue. */
async function withSupplierNames(counts: ComplaintCount[]) {
  const { leverantorer } = await publishedCatalogue();
  return counts.map((n) => ({ ...n, supplier: leverantorer.find((s) => s.slug === n.supplier)?.namn ?? n.supplier }));
}

async function listPage(
  signedIn: SignedIn,
  query: Partial<Record<keyof InboxQuery, string>>,
  parsed: InboxQuery | undefined,
  errors: FieldError[],
) {
  const { person } = signedIn;
  const name = await organisationName(person.organisation);
  const [list, people] = await Promise.all([parsed ? inboxFor(person, parsed) : noList, colleaguesOf(person)]);
  const title = errors.length > 0 ? `${l.errorTitlePrefix}${t.inbox.title}` : t.inbox.title;
  const complaintCounts = list.complaintCounts && (await withSupplierNames(list.complaintCounts));
  return staffPage(
    title,
    signedIn,
    name,
    staffPageRoutes.home,
    <InboxPage
      organisationName={name}
      query={query}
      errors={errors}
      entries={list.entries}
      counts={list.counts}
      next={list.next}
      people={people}
      me={person.email}
      plansJobbspar={organisationOf(person.organisation)?.kind === 'supplier' && person.role !== 'lasare'}
      complaintCounts={complaintCounts}
    />,
  );
}

/** GET /personal/: the inbox, its filters in the query string; a wrong filter is shown beside its field. */
export const inboxPageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const query = Object.fromEntries(request.query) as Partial<Record<keyof InboxQuery, string>>;
  try {
    return html(200, await listPage(signedIn, query, readInboxQuery(request.query), []));
  } catch (thrown) {
    const error = problemOf(thrown);
    if (error?.status !== 422) throw thrown;
    return html(422, await listPage(signedIn, query, undefined, error.errors));
  }
});

/** GET /api/inbox: a page of the list as JSON, with the counts and the next page's cursor. */
export const inboxListRoute: Handle = async (request) => {
  const { person } = await requireSignedIn(request);
  return json(200, await inboxFor(person, readInboxQuery(request.query)));
};

// ---- An item ----

/** What the staff see of an item: all of it but the link hashes; deliveries as whom they went to and how it went. */
async function caseView(item: Submission) {
  const assignee = item.assignee && { ...item.assignee, organisationName: await organisationName(item.assignee.organisation) };
  const events = await Promise.all(item.events.map(async (e) => ({ ...e, byOrganisationName: await organisationName(e.by.organisation) })));
  const deliveries = Object.values(item.deliveries).flatMap((d) =>
    'recipient' in d
      ? [{ to: `${d.recipient.organisation} <${d.recipient.address}>`, purpose: d.purpose, state: d.state, attempts: d.attempts }]
      : [],
  );
  const { tokenHashes: _hashes, deliveries: _deliveries, ...rest } = item as Submission & { tokenHashes?: string[] };
  return { ...rest, assignee, events, deliveries };
}

async function itemPage(
  signedIn: SignedIn,
  item: Submission,
  { failed, saved = false }: { failed?: { action: string; errors: FieldError[] }; saved?: boolean } = {},
) {
  const { person } = signedIn;
  const [view, colleagues, name] = await Promise.all([caseView(item), colleaguesOf(person), organisationName(person.organisation)]);
  const itemView: ItemView = {
    ...view,
    status: item.status as ItemView['status'],
    facts: item.kind === 'loi' ? [] : signalLines(item),
    history: item.history,
  };
  const path = routePath(staffPageRoutes.item, { kind: item.kind, id: item.id });
  const title = `${failed ? l.errorTitlePrefix : ''}${t.kinds[item.kind]} ${item.reference}`;
  return staffPage(
    title,
    signedIn,
    name,
    path,
    <ItemPage
      item={itemView}
      person={person}
      csrfToken={signedIn.csrfToken}
      colleagues={colleagues}
      failed={failed}
      saved={saved}
      document={item.kind === 'loi' ? <LoiDocument view={await loiView(item)} /> : undefined}
    />,
  );
}

/** GET /personal/arende/{kind}/{id}/: the item, if the person's organisation sees it. */
export const itemPageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const { kind, id } = itemParams(request);
  const item = await inboxItem(signedIn.person, kind, id);
  return html(200, await itemPage(signedIn, item, { saved: request.query.get('sparad') === 'ja' }));
});

/** GET /api/inbox/{kind}/{id}: the item as JSON. */
export const itemRoute: Handle = async (request) => {
  const { person } = await requireSignedIn(request);
  const { kind, id } = itemParams(request);
  return json(200, await caseView(await inboxItem(person, kind, id)));
};

/** What a form or a JSON client sent, without the CSRF token; a form's empty field is one not filled in. */
function inputOf(body: Body): unknown {
  if (body.kind === 'json') return body.value;
  const { csrf: _csrf, ...fields } = Object.fromEntries([...body.params].filter(([, value]) => value.trim() !== ''));
  return fields;
}

type Act = (person: SignedIn['person'], kind: InboxKind, id: string, input: unknown) => Promise<Submission>;

/**
 * POST /api/inbox/{kind}/{id}/{action}: one action on an item. A form goes back to the item
 * (303), or shows it again with the form's errors; an API client gets the item as it is now.
 */
export function caseActionRoute(action: string, act: Act): Handle {
  return staffPageRoute(async (request) => {
    const body = readBody(request);
    const signedIn = await requireSignedInForChange(request, body);
    const { kind, id } = itemParams(request);
    try {
      const item = await act(signedIn.person, kind, id, inputOf(body));
      if (body.kind === 'form') return redirect(`${routePath(staffPageRoutes.item, { kind, id })}?sparad=ja`);
      return json(200, await caseView(item));
    } catch (thrown) {
      const error = problemOf(thrown);
      if (body.kind !== 'form' || !error || error.status === 404) throw thrown;
      const item = await inboxItem(signedIn.person, kind, id);
      return html(error.status, await itemPage(signedIn, item, { failed: { action, errors: error.errors } }), error.headers);
    }
  });
}

// ---- People ----

const supplierSlugs = async () => (await publishedCatalogue()).leverantorer.map((s) => s.slug);

async function peoplePage(signedIn: SignedIn, { errors = [], notice }: { errors?: FieldError[]; notice?: 'added' | 'removed' } = {}) {
  const { person } = signedIn;
  const [people, name] = await Promise.all([
    listPeople(person, person.organisation, await supplierSlugs()),
    organisationName(person.organisation),
  ]);
  return staffPage(
    `${errors.length > 0 ? l.errorTitlePrefix : ''}${t.inbox.people}`,
    signedIn,
    name,
    staffPageRoutes.people,
    <PeoplePage organisationName={name} people={people} csrfToken={signedIn.csrfToken} errors={errors} notice={notice} me={person.email} />,
  );
}

/** GET /personal/personer/: the organisation's people, for its admin. */
export const peoplePageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const notice = request.query.get('klart');
  return html(200, await peoplePage(signedIn, { notice: notice === 'added' || notice === 'removed' ? notice : undefined }));
});

/** GET /api/inbox/people: the organisation's people as JSON, for its admin. */
export const peopleRoute: Handle = async (request) => {
  const { person } = await requireSignedIn(request);
  return json(200, { people: await listPeople(person, person.organisation, await supplierSlugs()) });
};

/**
 * POST /api/inbox/people (add or change) and /api/inbox/people/remove: the admin's changes to
 * the organisation's people. A form goes back to the list, or shows it again with its errors.
 */
export function peopleActionRoute(
  change: (signedIn: SignedIn, input: Record<string, unknown>) => Promise<unknown>,
  done: 'added' | 'removed',
): Handle {
  return staffPageRoute(async (request) => {
    const body = readBody(request);
    const signedIn = await requireSignedInForChange(request, body);
    const input = inputOf(body) as Record<string, unknown>;
    try {
      const changed = await change(signedIn, input);
      return body.kind === 'form' ? redirect(`${staffPageRoutes.people}?klart=${done}`) : json(200, changed);
    } catch (thrown) {
      const error = problemOf(thrown);
      if (body.kind !== 'form' || !error || error.status === 403) throw thrown;
      return html(error.status, await peoplePage(signedIn, { errors: error.errors }), error.headers);
    }
  });
}

/** GET /api/inbox/export: every item of the list under the filters, as CSV (the one CSV writer, safe in a spreadsheet). */
export const exportRoute: Handle = staffPageRoute(async (request) => {
  const { person } = await requireSignedIn(request);
  const entries = await allInboxFor(person, readInboxQuery(request.query));
  const e = t.export;
  const csv = toCsv(
    [e.reference, e.kind, e.status, e.received, e.sender, e.kommun, e.ssyk, e.positions, e.assignee, e.link],
    entries.map((entry) => [
      entry.reference,
      t.kinds[entry.kind],
      t.statuses[entry.status],
      entry.createdAt,
      entry.title,
      entry.kommun && (getKommun(entry.kommun)?.namn ?? entry.kommun),
      entry.ssyk.join(' '),
      entry.positions,
      entry.assignee,
      new URL(routePath(staffPageRoutes.item, { kind: entry.kind, id: entry.id }), config.publicUrl).href,
    ]),
  );
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="inkorg-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
    body: csv,
  };
});
