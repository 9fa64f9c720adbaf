/**
 * Deliveries: every message a submission sends is an entry of the `deliveries` map in the
 * submission's own item, each written on its own so one never overwrites another. While one
 * waits for another try the item is in "deliveries-due-by-time"; one given up puts the item in
 * "unrouted-by-time", to be listed.
 */
import * as z from 'zod';
import { recipientRoles } from '../../core/contracts/loi-view.ts';
import { itemKeysOf } from './query.ts';
import { Update, updateItem } from './records.ts';
import { indexEntries, table, type ItemKey } from './table.ts';

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
  /** How it is sent. Only e-mail for now, as the routing table's `kanal`. */
  channel: z.literal('epost'),
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
]);

export type Delivery = z.infer<typeof deliverySchema>;

/** A submission's deliveries by id, e.g. "confirm", "routed-0". */
export const deliveriesSchema = z.record(z.string(), deliverySchema);

/** The attribute paths of deliveries to add to an item. */
export const deliveryEntries = (deliveries: Record<string, Delivery>) =>
  Object.fromEntries(Object.entries(deliveries).map(([id, d]) => [`deliveries.${id}`, d]));

/**
 * Records the deliveries just tried, and when the item is due for its next try (none: it leaves
 * the retry index). One given up puts the item in the unrouted index.
 */
export async function recordDeliveries(key: ItemKey, tried: Record<string, Delivery>, nextTryAt: number | undefined): Promise<void> {
  const update = new Update().set(deliveryEntries(tried));
  if (nextTryAt === undefined) update.remove(...Object.keys(indexEntries.deliveriesDue(0)));
  else update.set(indexEntries.deliveriesDue(nextTryAt));
  if (Object.values(tried).some((d) => d.state === 'failed')) update.set(indexEntries.unrouted);
  await updateItem(key, update);
}

/** The items with a delivery due at `nowSeconds`. */
export const dueForDelivery = (nowSeconds: number) =>
  itemKeysOf(table.indexes.deliveriesDueByTime, { sort: { is: '<=', than: nowSeconds } });

/** The items that have not reached all their recipients (none found, or a delivery given up), oldest first. */
export const undelivered = () => itemKeysOf(table.indexes.unroutedByTime);
