/**
 * The staff inbox's contract: the kinds of submission and the statuses each moves through, what
 * a list may be filtered by, and what each action takes. The pages' GET forms and the JSON API
 * (`/api/inbox/…`) read the same schemas, so a filter or an action has one set of rules.
 *
 * The lifecycle of an LOI is the jobbspår report's (`../shared/seeds/000_…`, §7–10): the supplier
 * contacts the employer, a jobbspår is planned, and the LOI is closed with a reason. Its codes are
 * the API's since the first status page (`received` is mottagen, `handled` kontaktad, `planned`
 * jobbspår planerat, `closed` avslutad); the Swedish names are the texts'.
 */
import * as z from 'zod';
import { code, email, freeText } from './fields.ts';

export const inboxKinds = ['loi', 'behov', 'brist', 'complaint'] as const;
export type InboxKind = (typeof inboxKinds)[number];

export const signalStatuses = ['unconfirmed', 'received', 'investigating', 'answered', 'resolved', 'no_action'] as const;

/** The statuses a person moves an item to, in order: every later one can be reached from an earlier one. */
export const workflow = {
  loi: ['received', 'handled', 'planned', 'closed'],
  behov: ['received', 'investigating', 'answered'],
  brist: ['received', 'investigating', 'answered'],
  /** Mottagen → utreds → åtgärdad, or ingen åtgärd: the two ends are alternatives. */
  complaint: ['received', 'investigating', 'resolved', 'no_action'],
} as const satisfies Record<InboxKind, readonly string[]>;

/** The statuses that end an item's workflow: a complaint ends either åtgärdad or ingen åtgärd, never one after the other. */
const ends: Record<InboxKind, readonly string[]> = {
  loi: ['closed'],
  behov: ['answered'],
  brist: ['answered'],
  complaint: ['resolved', 'no_action'],
};

/** The statuses an item of `kind` in `status` can be moved to: the later ones of its workflow, none once it has ended. */
export function nextStatuses(kind: InboxKind, status: string): readonly string[] {
  const steps: readonly string[] = workflow[kind];
  if (ends[kind].includes(status)) return [];
  return steps.filter((s) => steps.indexOf(s) > steps.indexOf(status));
}

/** Every status an item in the inbox can have: the workflow's and the employer's withdrawal. */
export const inboxStatuses = [
  'received',
  'handled',
  'planned',
  'closed',
  'investigating',
  'answered',
  'resolved',
  'no_action',
  'withdrawn',
] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

/** Why an LOI was closed. */
export const closingReasons = ['anstallning', 'ingen_matchning', 'arbetsgivaren_avbrot', 'annat'] as const;

/** The moves a person can make; each is an audit event of the item. */
export const caseActions = ['status', 'assign', 'message', 'note', 'hand_on'] as const;
type CaseAction = (typeof caseActions)[number];

const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD` })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: `${label[0]!.toUpperCase()}${label.slice(1)} är inget riktigt datum` });

/** An empty form field is no filter. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The filters of a list, as a GET form or `GET /api/inbox` gives them. `sida` is the cursor of the next page. */
export const inboxQuerySchema = z
  .strictObject({
    typ: optional(z.enum(inboxKinds, { error: 'Välj en av typerna i listan' })),
    status: optional(z.enum(inboxStatuses, { error: 'Välj en av statusarna i listan' })),
    kommun: optional(code('kommunen', /^\d{4}$/, '1280')),
    yrke: optional(code('yrkesgruppen (SSYK)', /^\d{4}$/, '5120')),
    fran: optional(isoDate('första dagen')),
    till: optional(isoDate('sista dagen')),
    /** An e-mail address, or "ingen" for items nobody is responsible for. */
    ansvarig: optional(z.union([z.literal('ingen'), email('den ansvariga personens e-postadress')])),
    sida: optional(code('sidan', /^[A-Za-z0-9_-]{1,800}$/, 'en länk från listan')),
  })
  .refine(({ fran, till }) => !fran || !till || fran <= till, { error: 'Första dagen ska vara före sista dagen', path: ['till'] });

export type InboxQuery = z.output<typeof inboxQuerySchema>;

/** Moving an item along its workflow; an LOI closed takes a reason, a signal answered the answer. */
export const statusInput = z.strictObject({
  status: z.enum(inboxStatuses, { error: 'Välj en ny status' }),
  orsak: optional(z.enum(closingReasons, { error: 'Välj varför avsiktsförklaringen avslutas' })),
  svar: optional(freeText('svaret', 2000, { multiline: true })),
  /** The catalogue entry that answers a signal, by its slug. */
  insats: optional(code('insatsen', /^[a-z0-9]+(-[a-z0-9]+)*$/, 'yrkesvux-kock-goteborg')),
});

export const assignInput = z.strictObject({ ansvarig: email('den ansvariga personens e-postadress') });

export const messageInput = z.strictObject({ text: freeText('meddelandet', 2000, { multiline: true }) });

export const noteInput = z.strictObject({ text: freeText('anteckningen', 2000, { multiline: true }) });

/**
 * Handing an item on: to another organisation by its id (`kommun-1280`, `fa-01`,
 * `arbetsformedlingen`, a supplier's slug), or, for a supplier, back (`tillbaka`): the LOI then
 * goes to the next supplier in the region's order.
 */
export const handOnInput = z.strictObject({
  till: z.string({ error: 'Välj vem du lämnar vidare till' }).trim().min(1, { error: 'Välj vem du lämnar vidare till' }).max(120),
  orsak: freeText('orsaken', 500, { multiline: true }),
});

/** One entry of an item's audit trail: who did what, when, and from what to what. */
export interface CaseEvent {
  at: string;
  by: { email: string; name?: string; organisation: string };
  action: CaseAction;
  from?: string;
  to?: string;
  /** A closing or hand-on reason. */
  reason?: string;
  /** A message's, a note's or an answer's text. */
  text?: string;
}
