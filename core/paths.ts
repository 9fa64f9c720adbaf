/**
 * Addresses that both the static site and the functions know: a static page links or posts to
 * them, a function answers them.
 */

/**
 * The jobseeker's supplier list filtered, and the comparison: a static site cannot read a query,
 * so the list's GET form (which works in place with JavaScript) lands on these pages, rendered on
 * request, without it.
 */
export const supplierPageRoutes = { list: '/leverantorer/urval/', compare: '/leverantorer/jamfor/' } as const;

/** Who runs the service and how to get help: linked from every page's footer. */
export const contactPath = '/kontakt/';

/** The employers' pages. */
export const employerPagesPath = '/arbetsgivare/';

/**
 * The LOI form, the page after it is sent and the LOI's private status page: static pages, and
 * their twins rendered on request (the form again with its errors).
 */
export const loiPageRoutes = {
  form: '/arbetsgivare/avsiktsforklaring/',
  submitted: '/arbetsgivare/avsiktsforklaring/skickad/',
  status: '/arbetsgivare/avsiktsforklaring/status/',
  /** "Vill du dra tillbaka …?": the step before an LOI is withdrawn. */
  withdraw: '/arbetsgivare/avsiktsforklaring/dra-tillbaka/',
} as const;
/** Where the plain LOI form posts its answers to be checked before they are sent to /api/loi. */
export const loiCheckAction = '/api/loi/check';
export const needsSentPath = '/arbetsgivare/behov/skickad/';
export const gapSentPath = '/leverantor/brist/skickad/';

export const submittedPath = (id: string) => `${loiPageRoutes.submitted}?id=${encodeURIComponent(id)}`;

/** The employer's private link to an LOI: whoever has the token may read and withdraw it. */
export const statusPath = (id: string, token: string) => privateLink(loiPageRoutes.status, id, token);

const privateLink = (page: string, id: string, token: string) => `${page}?id=${encodeURIComponent(id)}&token=${encodeURIComponent(token)}`;

/**
 * The staff workspace, rendered on request: the signed-in person's inbox, an item of it, the
 * organisation's people, the sign-in form, and the page behind a mailed sign-in link, whose button
 * signs in (a mail scanner that opens the link uses nothing up).
 */
export const staffPageRoutes = {
  home: '/personal/',
  item: '/personal/arende/{kind}/{id}/',
  people: '/personal/personer/',
  signIn: '/personal/logga-in/',
  link: '/personal/logga-in/lank/',
} as const;

/** The staff's JSON API; the pages' forms post to the same routes. */
export const inboxApiRoutes = {
  list: '/api/inbox',
  export: '/api/inbox/export',
  item: '/api/inbox/{kind}/{id}',
  status: '/api/inbox/{kind}/{id}/status',
  assign: '/api/inbox/{kind}/{id}/assign',
  message: '/api/inbox/{kind}/{id}/message',
  note: '/api/inbox/{kind}/{id}/note',
  handOn: '/api/inbox/{kind}/{id}/hand-on',
  people: '/api/inbox/people',
  removePerson: '/api/inbox/people/remove',
} as const;

/**
 * The jobbspår: the staff's pages (the organisation's list, a new track from LOIs, a track) and
 * the public pages, all rendered on request; the staff's JSON API, which the pages' forms post to;
 * and the open data, made from the store on request.
 */
export const jobbsparPageRoutes = {
  list: '/personal/jobbspar/',
  create: '/personal/jobbspar/ny/',
  item: '/personal/jobbspar/{id}/',
  publicList: '/jobbspar/',
  publicItem: '/jobbspar/{id}/',
} as const;

/** A change of a track is one route, its action (plan, status, counts) a part of the path: each route is a function of its own on AWS. */
export const jobbsparApiRoutes = {
  list: '/api/jobbspar',
  change: '/api/jobbspar/{id}/{action}',
} as const;

export const jobbsparDataPaths = { json: '/data/jobbspar.json', csv: '/data/jobbspar.csv', schema: '/data/jobbspar.schema.json' } as const;

/** The public list of the tracks that recruit in FA-region `fa`. */
export const jobbsparInRegionPath = (fa: string) => `${jobbsparPageRoutes.publicList}?fa=${encodeURIComponent(fa)}`;

/** A route's path with its {placeholders} filled in. */
export const routePath = (route: string, values: Record<string, string>) =>
  route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));

/** What the staff's forms post to: ask for a sign-in link, sign in with it, sign out; and who is signed in. */
export const sessionApiRoutes = {
  link: '/api/session/link',
  session: '/api/session',
  signOut: '/api/session/end',
} as const;

export const signInLinkPath = (token: string) => `${staffPageRoutes.link}?token=${encodeURIComponent(token)}`;
/** The complaint form, and the page its sender lands on once it is stored. */
export const complaintPaths = { form: '/synpunkter/', sent: '/synpunkter/skickad/' } as const;
