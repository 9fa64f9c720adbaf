/**
 * Deliveries, the portal's outbox: every message a submission sends is an entry of the
 * `deliveries` map in the submission's own item, written in the same conditional write as the
 * state change that causes it (the store has no transactions, and one item needs none). From
 * that write until it is sent the item is in "deliveries-due-by-time", so that whatever a crash
 * leaves unsent, the sweeper finds. One given up puts the item in "unrouted-by-time", to be listed.
 *
 * A sender first takes the item's lease (`sendingUntil`), so that the request that wrote the
 * deliveries and the sweeper never send the same message at once; a lease left by a crash runs
 * out. `outboxVersion` counts the writes that added deliveries, so that a sender tells whether
 * more came while it sent.
 */
import * as z from 'zod';
import { recipientRoles } from '../../core/contracts/loi-view.ts';
import { config } from '../config.ts';
import { itemKeysOf } from './query.ts';
import { Update, updateItem } from './records.ts';
import { epochSeconds, indexEntries, table, type ItemKey } from './table.ts';

export const outboxAttributes = { lease: 'sendingUntil', version: 'outboxVersion' } as const;

/** One of the organisations a submission goes to, and its address. */
export const recipientSchema = z.object({
  organisation: z.string(),
  role: z.enum(recipientRoles),
  address: z.string(),
  /** The supplier's slug in the catalogue, when the recipient is one: whose staff see the submission. */
  supplier: z.string().optional(),
});

export type Recipient = z.infer<typeof recipientSchema>;

const attemptFields = {
  /** How it is sent: by e-mail, as the routing table's `kanal`, or into the staff's inbox entries. */
  channel: z.enum(['epost', 'inbox']),
  /** Pending until sent, or failed once given up. */
  state: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  lastAttemptAt: z.string().optional(),
  /** When the next try is due, epoch seconds; absent when due at once, and once sent or given up. */
  nextAttemptAt: z.number().optional(),
  /** The last try's error. */
  error: z.string().optional(),
};

const deliverySchema = z.discriminatedUnion('purpose', [
  /** The private link, to the one who sent the submission. */
  z.object({ purpose: z.literal('confirm'), recipient: z.object({ organisation: z.string(), address: z.string() }), ...attemptFields }),
  /** The submission, or the news of its withdrawal, to one of its recipients. */
  z.object({
    purpose: z.enum(['routed', 'withdrawn']),
    recipient: recipientSchema,
    ...attemptFields,
  }),
  /** News of what the staff did to the one who sent the submission: `event` is the change's place in its audit trail. */
  z.object({
    purpose: z.literal('update'),
    recipient: z.object({ organisation: z.string(), address: z.string() }),
    event: z.number(),
    ...attemptFields,
  }),
  /** The submission as it is now, into the inbox of each organisation that sees it. */
  z.object({ purpose: z.literal('inbox'), ...attemptFields }),
]);

export type Delivery = z.infer<typeof deliverySchema>;

/** A submission's deliveries by id, e.g. "confirm", "routed-0". */
export const deliveriesSchema = z.record(z.string(), deliverySchema);

/** The attribute paths of deliveries to add to an item. */
const deliveryEntries = (deliveries: Record<string, Delivery>) =>
  Object.fromEntries(Object.entries(deliveries).map(([id, d]) => [`deliveries.${id}`, d]));

const hasPending = (deliveries: Record<string, Delivery>) => Object.values(deliveries).some((d) => d.state === 'pending');

/**
 * The attributes of a new item that come from its deliveries: due at once when any is pending, and
 * leased to the request that stores the item, which sends them right after (domain/submission.ts):
 * a lease taken in the same write as the item saves a write per submission, and if that request
 * stops, the sweeper sends them once the lease has run out, as after any sender's crash.
 */
export const newDeliveries = (deliveries: Record<string, Delivery>, now: Date) => ({
  deliveries,
  ...(hasPending(deliveries)
    ? { ...indexEntries.deliveriesDue(epochSeconds(now)), [outboxAttributes.lease]: epochSeconds(now) + config.deliveryLeaseSeconds }
    : {}),
});

/** Adds deliveries to the update of a state change, due at once. */
export const addDeliveries = (update: Update, deliveries: Record<string, Delivery>, now = new Date()): Update =>
  hasPending(deliveries)
    ? update.set({ ...deliveryEntries(deliveries), ...indexEntries.deliveriesDue(epochSeconds(now)) }).add(outboxAttributes.version, 1)
    : update;

/**
 * Records the deliveries just tried, gives up the lease and, unless deliveries were added since
 * the sender took it (`version` then differs), sets when the item is due for its next try (none:
 * it leaves the index). True when none were added. One given up puts the item in the unrouted index.
 */
export async function recordDeliveries(
  key: ItemKey,
  tried: Record<string, Delivery>,
  nextTryAt: number | undefined,
  version: number | undefined,
): Promise<boolean> {
  const record = () => {
    const update = new Update().set(deliveryEntries(tried)).remove(outboxAttributes.lease);
    if (Object.values(tried).some((d) => d.state === 'failed')) update.set(indexEntries.unrouted);
    return update;
  };
  const settled = record();
  if (nextTryAt === undefined) settled.remove(...Object.keys(indexEntries.deliveriesDue(0)));
  else settled.set(indexEntries.deliveriesDue(nextTryAt));
  const versionName = settled.name(outboxAttributes.version);
  const unchanged = version === undefined ? `attribute_not_exists(${versionName})` : `${versionName} = ${settled.value(version)}`;
  if (await updateItem(key, settled, `attribute_exists(pk) AND ${unchanged}`)) return true;
  // The deliveries added meanwhile left the item due; it stays so.
  await updateItem(key, record());
  return false;
}

/** The items with a delivery due at `nowSeconds`. */
export const dueForDelivery = (nowSeconds: number) =>
  itemKeysOf(table.indexes.deliveriesDueByTime, { sort: { is: '<=', than: nowSeconds } });

/** The items that have not reached all their recipients (none found, or a delivery given up), oldest first. */
export const undelivered = () => itemKeysOf(table.indexes.unroutedByTime);
