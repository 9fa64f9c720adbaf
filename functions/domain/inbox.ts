/**
 * The staff inbox: each organisation's list of what it sees, kept from the submissions
 * themselves, and what a signed-in person reads of it. Lists are queries of the organisation's
 * own entries (store/inbox.ts), a page at a time.
 */
import type { InboxKind, InboxQuery, InboxStatus } from '../../core/contracts/inbox.ts';
import { inboxKinds, inboxStatuses, workflow } from '../../core/contracts/inbox.ts';
import { countInbox, listInbox, putInboxEntry, type InboxEntry } from '../store/inbox.ts';
import { getLoi } from '../store/loi.ts';
import { getSignal } from '../store/signal.ts';
import { isRecordId } from '../store/records.ts';
import { employerContent, type Submission } from '../store/submission.ts';
import { Invalid } from './errors.ts';
import type { Person } from './people.ts';
import { seenBy, visibleTo } from './scope.ts';

/** The number of changes a submission has had: its entries' version. */
const versionOf = (item: Submission) => item.history.length + item.events.length;

/** What an organisation's list shows of a submission, and filters on. */
function entryOf(item: Submission): InboxEntry {
  const common = {
    kind: item.kind,
    id: item.id,
    reference: item.reference,
    status: item.status as InboxStatus,
    createdAt: item.createdAt,
    ...(item.assignee && { assignee: item.assignee.email }),
    version: versionOf(item),
  };
  if (item.kind === 'complaint') return { ...common, kommun: item.content.kommun, ssyk: [], title: item.content.leverantor };
  if (item.kind === 'brist')
    return {
      ...common,
      ssyk: item.content.profil.yrken.map((y) => y.ssyk),
      title: item.supplier,
      positions: item.content.berorda.tjanster,
    };
  const sent = employerContent(item);
  return {
    ...common,
    kommun: sent.arbetsplatsKommun,
    ssyk: sent.behov.yrken.map((y) => y.ssyk),
    title: sent.organisation.namn,
    positions: sent.behov.antal,
  };
}

/**
 * Writes the submission's entry into the inbox of every organisation that sees it, and takes it
 * out of the inbox of one that handed it on. Each entry carries the submission's version, so
 * that an older state written late never replaces a newer one.
 */
export async function syncInbox(item: Submission): Promise<void> {
  if (item.status === 'unconfirmed') return;
  const entry = entryOf(item);
  const seeing = seenBy(item);
  await Promise.all([
    ...seeing.map((organisation) => putInboxEntry(organisation, entry, item.expiresAt)),
    ...item.handedFrom
      .filter((o) => !seeing.includes(o))
      .map((organisation) => putInboxEntry(organisation, entry, item.expiresAt, { gone: true })),
  ]);
}

/** A page's cursor as the link to the next page carries it: the entry's sort key, base64url. */
const encodeCursor = (sk: string) => Buffer.from(sk).toString('base64url');

function decodeCursor(cursor: string): { sk: string } {
  const sk = Buffer.from(cursor, 'base64url').toString();
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f-]{36}$/.test(sk))
    throw new Invalid('Listan kan inte visas', [{ path: 'sida', message: 'Länken till sidan stämmer inte. Börja om från första sidan.' }]);
  return { sk };
}

const inboxPageSize = 25;

/** The statuses a list counts: those of the kind filtered on, or every one. */
const statusesOf = ({ typ }: InboxQuery): readonly InboxStatus[] =>
  !typ ? inboxStatuses : typ === 'loi' ? [...workflow.loi, 'withdrawn'] : workflow[typ];

/** How many complaints about one supplier came in one calendar month ("2026-03", UTC). */
export interface ComplaintCount {
  /** The supplier's slug. */
  supplier: string;
  month: string;
  count: number;
}

export interface InboxList {
  entries: InboxEntry[];
  /** The cursor of the next page, if there is one. */
  next?: string;
  /** How many there are in each status, of the kind filtered on or of every kind, whatever the other filters. */
  counts: Record<string, number>;
  /** When the list is of complaints: how many there are per supplier and month, under the same filters. */
  complaintCounts?: ComplaintCount[];
}

/** A page of what the person's organisation sees, under the filters, and the counts per status (and of complaints, per supplier and month). */
export async function inboxFor(person: Person, query: InboxQuery, pageSize = inboxPageSize): Promise<InboxList> {
  const [page, all, complaints] = await Promise.all([
    listInbox(person.organisation, query, { pageSize, cursor: query.sida ? decodeCursor(query.sida) : undefined }),
    countInbox(person.organisation, query.typ ? [query.typ] : inboxKinds),
    query.typ === 'complaint' ? complaintCounts(person, query) : undefined,
  ]);
  const counts = Object.fromEntries(statusesOf(query).map((status) => [status, all[status] ?? 0]));
  return {
    entries: page.entries,
    ...(page.next && { next: encodeCursor(page.next.sk) }),
    counts,
    ...(complaints && { complaintCounts: complaints }),
  };
}

/**
 * How many complaints the person's organisation has about each supplier, per month, under the
 * filters: counted from the organisation's own inbox entries (the list's query, every page of it),
 * which name the supplier and the time, never from what the participants wrote. By supplier, then
 * month.
 */
export async function complaintCounts(person: Person, query: InboxQuery): Promise<ComplaintCount[]> {
  const counted = new Map<string, ComplaintCount>();
  for (const { title: supplier, createdAt } of await allInboxFor(person, { ...query, typ: 'complaint', sida: undefined })) {
    const month = createdAt.slice(0, 7);
    const cell = `${supplier}#${month}`;
    counted.set(cell, { supplier, month, count: (counted.get(cell)?.count ?? 0) + 1 });
  }
  return [...counted.values()].sort((a, b) => a.supplier.localeCompare(b.supplier) || a.month.localeCompare(b.month));
}

/** Every entry under the filters, for an export: page by page, up to `limit`. */
export async function allInboxFor(person: Person, query: InboxQuery, limit = 10_000): Promise<InboxEntry[]> {
  const entries: InboxEntry[] = [];
  let cursor: { sk: string } | undefined = query.sida ? decodeCursor(query.sida) : undefined;
  do {
    const page = await listInbox(person.organisation, query, { pageSize: 500, cursor });
    entries.push(...page.entries);
    cursor = page.next;
  } while (cursor && entries.length < limit);
  return entries.slice(0, limit);
}

/** A submission the person may see, by kind and id; not found when there is none or it is out of scope. */
export async function inboxItem(person: Person, kind: InboxKind, id: string): Promise<Submission> {
  const item = !isRecordId(id) ? undefined : kind === 'loi' ? await getLoi(id) : await getSignal(id);
  return visibleTo(person, item?.kind === kind ? item : undefined, kind);
}
