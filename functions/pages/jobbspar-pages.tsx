/**
 * The jobbspår over HTTP: the staff's pages and their JSON API, whose routes a page's form and an
 * API client post alike (a form that fails shows its page again with the errors beside the
 * fields); the public pages, cached briefly; and the open data, made from the store on request.
 */
import { formToObject } from '../../core/contracts/form.ts';
import { countNames, openJobbsparJsonSchema, openJobbsparListSchema, type OpenJobbspar } from '../../core/contracts/jobbspar.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { toCsv } from '../../core/csv.ts';
import { translations } from '../../core/i18n/index.ts';
import { jobbsparPageRoutes, routePath, staffPageRoutes } from '../../core/paths.ts';
import { getFaRegion } from '../../core/reference/index.ts';
import { PublicListPage, PublicTrackPage } from '../../ui/jobbspar/PublicJobbspar.tsx';
import {
  ChooseLoisPage,
  CreatePage,
  JobbsparListPage,
  TrackPage,
  type InsatsChoice,
  type LoiChoice,
  type TrackView,
} from '../../ui/jobbspar/StaffJobbspar.tsx';
import { StaffBar } from '../../ui/staff/Inbox.tsx';
import { interventionsInRegion, publishedCatalogue } from '../catalogue/index.ts';
import { inboxFor, inboxItem } from '../domain/inbox.ts';
import { jobbsparFor, jobbsparListFor, openView, publicJobbspar, publicJobbsparList } from '../domain/jobbspar.ts';
import { NotFound } from '../domain/errors.ts';
import { organisationName, organisationOf, type Person } from '../domain/people.ts';
import type { SignedIn } from '../domain/sessions.ts';
import type { JobbsparRecord } from '../store/jobbspar.ts';
import { employerContent } from '../store/submission.ts';
import { readBody, type Body } from '../http/body.ts';
import { cachedPublicly } from '../http/cache.ts';
import { html, json, problemOf, redirect } from '../http/respond.ts';
import { requireSignedIn, requireSignedInForChange } from '../http/session.ts';
import type { Handle } from '../http/types.ts';
import { page, pageOrProblemPage, postedValues, swedishFrame } from './frame.tsx';
import { staffPageRoute } from './staff-pages.tsx';

const { jobbspar: t, staff, loi: l } = translations();

/** What a person may do on a track's page. */
const mayOf = (person: Person, track: Pick<JobbsparRecord, 'owner'>) => ({
  edit: person.organisation === track.owner && person.role !== 'lasare',
  candidates: person.organisation === 'arbetsformedlingen' && person.role !== 'lasare',
});

const canCreate = (person: Person) => organisationOf(person.organisation)?.kind === 'supplier' && person.role !== 'lasare';

async function trackView(record: JobbsparRecord): Promise<TrackView> {
  return { ...record, ownerName: await organisationName(record.owner) };
}

const staffPage = async (signedIn: SignedIn, title: string, path: string, content: React.ReactNode) =>
  page(
    title,
    {
      ...swedishFrame(path),
      breadcrumbs: [
        { href: staffPageRoutes.home, label: staff.workspace },
        { href: jobbsparPageRoutes.list, label: t.staff.listTitle },
      ],
    },
    <>
      <StaffBar
        person={signedIn.person}
        organisationName={await organisationName(signedIn.person.organisation)}
        csrfToken={signedIn.csrfToken}
      />
      {content}
    </>,
  );

/** The catalogue's interventions a track in FA-region `fa` may take, by title. */
async function choicesIn(fa: string): Promise<InsatsChoice[]> {
  return interventionsInRegion(await publishedCatalogue(), fa)
    .map(({ slug, titel }) => ({ slug, titel }))
    .sort((a, b) => a.titel.localeCompare(b.titel, 'sv'));
}

/** What a form or a JSON client sent, in the contract's shape, without the CSRF token. */
function inputOf(body: Body): unknown {
  if (body.kind === 'json') return body.value;
  const params = new URLSearchParams([...body.params].filter(([name]) => name !== 'csrf'));
  return formToObject(params, {});
}

const titleOf = (title: string, errors: FieldError[]) => (errors.length > 0 ? `${l.errorTitlePrefix}${title}` : title);

// ---- The staff's list ----

/** GET /personal/jobbspar/: the tracks the person's organisation reads. */
export const listPageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const tracks = await Promise.all((await jobbsparListFor(signedIn.person)).map(trackView));
  return html(
    200,
    await staffPage(
      signedIn,
      t.staff.listTitle,
      jobbsparPageRoutes.list,
      <JobbsparListPage tracks={tracks} canCreate={canCreate(signedIn.person)} />,
    ),
  );
});

/** GET /api/jobbspar: the same list as JSON. */
export const listRoute: Handle = staffPageRoute(async (request) => {
  const { person } = await requireSignedIn(request);
  return json(200, { jobbspar: await jobbsparListFor(person) });
});

// ---- A new track ----

/** The LOIs of the person's inbox that a track can be made from: received or contacted. */
async function loiChoices(person: Person): Promise<LoiChoice[]> {
  const lists = await Promise.all((['received', 'handled'] as const).map((status) => inboxFor(person, { typ: 'loi', status }, 100)));
  return lists
    .flatMap((list) => list.entries)
    .map((e) => ({ id: e.id, reference: e.reference, title: e.title, kommun: e.kommun, positions: e.positions }));
}

async function createPage(signedIn: SignedIn, loiIds: string[], state: { values: Record<string, string>; errors: FieldError[] }) {
  const items = await Promise.all(loiIds.map((id) => inboxItem(signedIn.person, 'loi', id)));
  const lois = items.map((item) => {
    const sent = item.kind === 'loi' ? employerContent(item) : undefined;
    return {
      id: item.id,
      reference: item.reference,
      title: sent?.organisation.namn ?? '',
      kommun: sent?.arbetsplatsKommun,
      positions: sent?.behov.antal,
    };
  });
  return staffPage(
    signedIn,
    titleOf(t.staff.formTitle, state.errors),
    jobbsparPageRoutes.create,
    <CreatePage lois={lois} insatser={await choicesIn(items[0]!.fa)} csrfToken={signedIn.csrfToken} state={state} />,
  );
}

/** GET /personal/jobbspar/ny/[?loi=…&loi=…]: choose the LOIs, then the plan's form. */
export const createPageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const chosen = request.query.getAll('loi').slice(0, 20);
  if (chosen.length === 0)
    return html(
      200,
      await staffPage(
        signedIn,
        t.staff.chooseTitle,
        jobbsparPageRoutes.create,
        <ChooseLoisPage lois={await loiChoices(signedIn.person)} />,
      ),
    );
  return html(200, await createPage(signedIn, chosen, { values: {}, errors: [] }));
});

// ---- A track ----

async function trackPage(
  signedIn: SignedIn,
  record: JobbsparRecord,
  {
    failed,
    saved = false,
  }: { failed?: { action: string; state: { values: Record<string, string>; errors: FieldError[] } }; saved?: boolean } = {},
) {
  return staffPage(
    signedIn,
    titleOf(record.plan.namn, failed?.state.errors ?? []),
    routePath(jobbsparPageRoutes.item, { id: record.id }),
    <TrackPage
      track={await trackView(record)}
      insatser={await choicesIn(record.fa)}
      csrfToken={signedIn.csrfToken}
      may={mayOf(signedIn.person, record)}
      failed={failed}
      saved={saved}
    />,
  );
}

/** GET /personal/jobbspar/{id}/: a track the person's organisation reads. */
export const trackPageRoute: Handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  const record = await jobbsparFor(signedIn.person, request.pathParams.id ?? '');
  return html(200, await trackPage(signedIn, record, { saved: request.query.get('sparad') === 'ja' }));
});

/** POST /api/jobbspar: a new track. A form goes on to the track, or shows the plan's form again with its errors. */
export function createRoute(create: (person: Person, input: unknown) => Promise<JobbsparRecord>): Handle {
  return staffPageRoute(async (request) => {
    const body = readBody(request);
    const signedIn = await requireSignedInForChange(request, body);
    try {
      const record = await create(signedIn.person, inputOf(body));
      if (body.kind === 'form') return redirect(`${routePath(jobbsparPageRoutes.item, { id: record.id })}?sparad=ja`);
      return json(201, record);
    } catch (thrown) {
      const error = problemOf(thrown);
      if (body.kind !== 'form' || !error || error.status !== 422) throw thrown;
      const loiIds = [...body.params].filter(([name]) => /^lois\.\d{1,2}\.id$/.test(name)).map(([, id]) => id);
      if (loiIds.length === 0) throw thrown;
      return html(422, await createPage(signedIn, loiIds, { values: postedValues(body.params), errors: error.errors }), error.headers);
    }
  });
}

type Act = (person: Person, id: string, input: unknown) => Promise<JobbsparRecord>;

/**
 * POST /api/jobbspar/{id}/{action}: a change of a track, by the action's name. A form goes back
 * to the track, or shows it again with the form's errors; an API client gets the track as it is now.
 */
export function trackActionRoute(acts: Record<'plan' | 'status' | 'counts', Act>): Handle {
  return staffPageRoute(async (request) => {
    const body = readBody(request);
    const signedIn = await requireSignedInForChange(request, body);
    const { id = '', action = '' } = request.pathParams;
    if (!Object.hasOwn(acts, action))
      throw new NotFound('Det går inte att göra så med ett jobbspår', [
        { path: 'action', message: 'Välj att ändra planen, status eller antalen' },
      ]);
    try {
      const record = await acts[action as keyof typeof acts](signedIn.person, id, inputOf(body));
      if (body.kind === 'form') return redirect(`${routePath(jobbsparPageRoutes.item, { id })}?sparad=ja`);
      return json(200, record);
    } catch (thrown) {
      const error = problemOf(thrown);
      if (body.kind !== 'form' || !error || error.status === 404 || error.status === 403) throw thrown;
      const record = await jobbsparFor(signedIn.person, id);
      const state = { values: postedValues(body.params), errors: error.errors };
      return html(error.status, await trackPage(signedIn, record, { failed: { action, state } }), error.headers);
    }
  });
}

// ---- The public pages ----

const publicFrame = (path: string) => ({
  ...swedishFrame(path),
  breadcrumbs: [{ href: jobbsparPageRoutes.publicList, label: t.public.listTitle }],
});

/** GET /jobbspar/{id}/: a track the public may read. */
export const publicTrackRoute: Handle = pageOrProblemPage(async (request) => {
  const record = await publicJobbspar(request.pathParams.id ?? '');
  const track = { ...openView(record, await publishedCatalogue()), informationsmote: record.plan.informationsmote };
  return cachedPublicly(
    request,
    html(
      200,
      page(track.namn, publicFrame(routePath(jobbsparPageRoutes.publicItem, { id: record.id })), <PublicTrackPage track={track} />),
    ),
  );
});

/** GET /jobbspar/[?fa=NN]: the tracks that recruit now, of one FA-region or all; an unknown region is all. */
export const publicListRoute: Handle = pageOrProblemPage(async (request) => {
  const asked = request.query.get('fa') ?? '';
  const fa = getFaRegion(asked) ? asked : undefined;
  const catalogue = await publishedCatalogue();
  const tracks = (await publicJobbsparList({ fa, recruiting: true })).map((record) => openView(record, catalogue));
  return cachedPublicly(
    request,
    html(200, page(t.public.listTitle, publicFrame(jobbsparPageRoutes.publicList), <PublicListPage tracks={tracks} fa={fa} />)),
  );
});

// ---- Open data ----

/** Every public track as the open data has it. */
export async function openJobbspar(): Promise<OpenJobbspar[]> {
  const catalogue = await publishedCatalogue();
  return (await publicJobbsparList()).map((record) => openView(record, catalogue));
}

/** GET /data/jobbspar.json */
export const openJsonRoute: Handle = pageOrProblemPage(async (request) =>
  cachedPublicly(request, json(200, openJobbsparListSchema.parse(await openJobbspar()))),
);

const csvColumns = [
  'id',
  'namn',
  'status',
  'fa',
  'yrken',
  'insatser',
  'deltagare_planerade',
  'rekrytering_fran',
  'rekrytering_till',
  'arbetsgivare',
  'arbetsgivare_namngivna',
  ...countNames,
];

/** GET /data/jobbspar.csv: the same, one track a row (the one CSV writer, safe in a spreadsheet). */
export const openCsvRoute: Handle = pageOrProblemPage(async (request) => {
  const rows = (await openJobbspar()).map((track) => [
    track.id,
    track.namn,
    track.status,
    track.fa,
    track.yrken.join(' '),
    track.insatser.map((i) => i.id).join(' '),
    track.deltagarePlanerade,
    track.rekrytering.fran,
    track.rekrytering.till,
    track.arbetsgivare.antal,
    track.arbetsgivare.namngivna.join('; '),
    ...countNames.map((name) => track.utfall[name]),
  ]);
  return cachedPublicly(request, {
    status: 200,
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    body: toCsv(csvColumns, rows),
  });
});

/** GET /data/jobbspar.schema.json: the JSON Schema of jobbspar.json, generated from its zod schema. */
export const openSchemaRoute: Handle = pageOrProblemPage(async (request) =>
  cachedPublicly(request, {
    status: 200,
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    body: JSON.stringify(openJobbsparJsonSchema(), null, 2),
  }),
);
