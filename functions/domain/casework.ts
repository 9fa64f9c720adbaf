/**
 * What the staff do with a submission in their scope: move it along its workflow, make a person
 * responsible, write to the one who sent it, keep internal notes, hand it on. Each change is one
 * conditional write of the item: the change, its audit event (who, when, what, from → to), and
 * the deliveries it causes (the mail to the sender, the inbox entries), so none is lost or done
 * twice. Readers (`lasare`) read; `handlaggare` and `admin` act.
 *
 * The employer "har tillgång till en ansvarig person" (`../shared/seeds/000_…`, §10): the person
 * made responsible is shown on the LOI's status page with name, organisation, e-mail and phone.
 */
import type * as z from 'zod';
import {
  assignInput,
  handOnInput,
  messageInput,
  noteInput,
  statusInput,
  nextStatuses,
  workflow,
  type CaseEvent,
  type InboxKind,
} from '../../core/contracts/inbox.ts';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { getPerson } from '../store/people.ts';
import type { Delivery } from '../store/delivery.ts';
import { changeCase, employerContent, type Submission } from '../store/submission.ts';
import { deliverDue, inboxDelivery, recipientDeliveries, updateDelivery } from './delivery.ts';
import { Conflict, Forbidden, Invalid } from './errors.ts';
import { inboxItem } from './inbox.ts';
import { organisationOf, type Person } from './people.ts';
import { supplierAfter } from './routing.ts';

const t = translations().staff.casework;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Invalid(t.invalid, fieldErrors(parsed.error));
  return parsed.data;
}

const invalid = (path: string, message: string) => new Invalid(t.invalid, [{ path, message }] satisfies FieldError[]);

/** Only a person who acts may change anything; a reader is told so, on an item they see. */
async function itemToChange(person: Person, kind: InboxKind, id: string): Promise<Submission> {
  const item = await inboxItem(person, kind, id);
  if (person.role === 'lasare') throw new Forbidden(t.readOnly.title, [{ path: 'role', message: t.readOnly.message }]);
  return item;
}

const eventBy = (person: Person, at = new Date()): Pick<CaseEvent, 'at' | 'by'> => ({
  at: at.toISOString(),
  by: { email: person.email, ...(person.name && { name: person.name }), organisation: person.organisation },
});

/** The one who sent the submission, for news of a change: the employer, or the supplier of a gap report. */
async function senderOf(item: Submission): Promise<{ organisation: string; address: string } | undefined> {
  // A complaint's sender is answered only at an address they left.
  if (item.kind === 'complaint')
    return item.content.kontakt.epost ? { organisation: item.content.kontakt.namn ?? '', address: item.content.kontakt.epost } : undefined;
  if (item.kind !== 'brist') {
    const { organisation, kontakt } = employerContent(item);
    return { organisation: organisation.namn, address: kontakt.epost };
  }
  const supplier = (await publishedCatalogue()).leverantorer.find((s) => s.slug === item.supplier);
  return supplier && { organisation: supplier.namn, address: supplier.kontakt.epost };
}

/** Writes the change with its event; refused when someone else changed the status meanwhile. */
async function record(
  item: Submission,
  event: CaseEvent,
  {
    set = {},
    status,
    deliveries = {},
    mailSender = false,
  }: {
    set?: Record<string, unknown>;
    status?: string;
    deliveries?: Record<string, Delivery>;
    mailSender?: boolean;
  },
): Promise<Submission> {
  const sender = mailSender ? await senderOf(item) : undefined;
  const news = sender ? updateDelivery(sender, item.events.length) : {};
  const changed = await changeCase(item, { event, set, status, deliveries: { ...deliveries, ...news } });
  if (!changed) throw new Conflict(t.changedMeanwhile.title, [{ path: 'status', message: t.changedMeanwhile.message }]);
  return deliverDue(changed);
}

/**
 * Moves the item to a later status of its workflow. An LOI closed takes a reason; a signal
 * answered takes the answer, which goes to the sender with the catalogue entry that answers it;
 * a complaint may take one with its last status. The sender of an LOI is told of every new status.
 */
export async function changeStatus(person: Person, kind: InboxKind, id: string, input: unknown): Promise<Submission> {
  const { status, orsak, svar, insats } = parse(statusInput, input);
  const item = await itemToChange(person, kind, id);
  const steps: readonly string[] = workflow[kind];
  if (item.status === 'withdrawn') throw new Conflict(t.withdrawn.title, [{ path: 'status', message: t.withdrawn.message }]);
  if (!steps.includes(status)) throw invalid('status', t.notInWorkflow);
  if (!nextStatuses(kind, item.status).includes(status)) throw invalid('status', t.onlyForward);
  if (kind === 'loi' && status === 'closed' && !orsak) throw invalid('orsak', t.closingReason);
  if (kind !== 'loi' && status === 'answered' && !svar) throw invalid('svar', t.answerMissing);
  if (insats && !(await publishedCatalogue()).insatser.some((i) => i.slug === insats)) throw invalid('insats', t.unknownIntervention);
  const event: CaseEvent = {
    ...eventBy(person),
    action: 'status',
    from: item.status,
    to: status,
    ...(orsak && { reason: orsak }),
    ...(svar && { text: svar }),
  };
  return record(item, event, {
    status,
    set: svar ? { answer: { text: svar, ...(insats && { insats }) } } : {},
    deliveries: inboxDelivery(),
    // A complaint's answer goes with its last status (åtgärdad, ingen åtgärd), to a sender who left an address.
    mailSender: kind === 'loi' || status === 'answered' || (kind === 'complaint' && svar !== undefined),
  });
}

/** Makes a person of the actor's own organisation responsible for the item. */
export async function assign(person: Person, kind: InboxKind, id: string, input: unknown): Promise<Submission> {
  const { ansvarig } = parse(assignInput, input);
  const item = await itemToChange(person, kind, id);
  const assignee = await getPerson(ansvarig.trim().toLowerCase());
  if (!assignee || assignee.organisation !== person.organisation) throw invalid('ansvarig', t.assigneeUnknown);
  if (assignee.role === 'lasare') throw invalid('ansvarig', t.assigneeReader);
  const event: CaseEvent = {
    ...eventBy(person),
    action: 'assign',
    ...(item.assignee && { from: item.assignee.email }),
    to: assignee.email,
  };
  const responsible = {
    email: assignee.email,
    ...(assignee.name && { name: assignee.name }),
    ...(assignee.phone && { phone: assignee.phone }),
    organisation: assignee.organisation,
  };
  return record(item, event, { set: { assignee: responsible }, deliveries: inboxDelivery() });
}

/** A message to the employer: mailed, and shown on the LOI's status page. */
export async function message(person: Person, kind: InboxKind, id: string, input: unknown): Promise<Submission> {
  const { text } = parse(messageInput, input);
  const item = await itemToChange(person, kind, id);
  if (item.kind !== 'loi') throw invalid('text', t.messageOnlyLoi);
  if (item.status === 'withdrawn') throw new Conflict(t.withdrawn.title, [{ path: 'text', message: t.withdrawn.message }]);
  return record(item, { ...eventBy(person), action: 'message', text }, { mailSender: true });
}

/** An internal note: shown to the staff who see the item, never to the sender. */
export async function note(person: Person, kind: InboxKind, id: string, input: unknown): Promise<Submission> {
  const { text } = parse(noteInput, input);
  const item = await itemToChange(person, kind, id);
  return record(item, { ...eventBy(person), action: 'note', text }, {});
}

/** Hands the item on to another organisation, which then sees it too; a supplier hands an LOI back. */
export async function handOn(person: Person, kind: InboxKind, id: string, input: unknown): Promise<Submission> {
  const { till, orsak } = parse(handOnInput, input);
  const item = await itemToChange(person, kind, id);
  if (till === 'tillbaka') return handBack(person, item, orsak);
  const organisation = organisationOf(till);
  const catalogue = await publishedCatalogue();
  if (!organisation || (organisation.kind === 'supplier' && !catalogue.leverantorer.some((s) => s.slug === till)))
    throw invalid('till', t.unknownOrganisation);
  if (till === person.organisation || item.handedTo.includes(till)) throw invalid('till', t.alreadySees);
  const event: CaseEvent = { ...eventBy(person), action: 'hand_on', to: till, reason: orsak };
  return record(item, event, { set: { handedTo: [...item.handedTo, till] }, deliveries: inboxDelivery() });
}

/**
 * A supplier hands an LOI back: it goes to the next supplier in the region's order (§7: one
 * supplier at a time, so that employers are not worn out), who gets it by mail; the kommun and
 * Arbetsförmedlingen still have it. With no supplier left, it stays with them.
 */
async function handBack(person: Person, item: Submission, reason: string): Promise<Submission> {
  const mine = item.kind === 'loi' ? item.recipients.findIndex((r) => r.supplier === person.organisation) : -1;
  if (item.kind !== 'loi' || mine < 0) throw invalid('till', t.onlySupplierHandsBack);
  if (item.status !== 'received' && item.status !== 'handled')
    throw new Conflict(t.handBackLate.title, [{ path: 'till', message: t.handBackLate.message }]);
  const catalogue = await publishedCatalogue();
  const had = [...item.handedFrom.filter((o) => organisationOf(o)?.kind === 'supplier'), person.organisation];
  const next = supplierAfter(catalogue, item.loi.arbetsplatsKommun, had);
  const recipients = [...item.recipients];
  const deliveries: Record<string, Delivery> = {};
  if (next) {
    recipients[mine] = { role: 'leverantor', organisation: next.namn, address: next.kontakt.epost, supplier: next.slug };
    const [routed] = Object.values(recipientDeliveries('routed', [recipients[mine]!]));
    deliveries[`routed-${item.events.length}`] = routed!;
  } else recipients.splice(mine, 1);
  const event: CaseEvent = { ...eventBy(person), action: 'hand_on', from: person.organisation, to: next?.slug ?? 'ingen', reason };
  return record(item, event, {
    set: {
      recipients,
      handedFrom: [...item.handedFrom, person.organisation],
      ...(next ? {} : { unrouted: [...new Set([...item.unrouted, 'leverantor'])] }),
    },
    deliveries: { ...deliveries, ...inboxDelivery() },
  });
}
