/**
 * The one table of the portal, described once for both the embedded store and the CDK stack.
 *
 * Access patterns:
 * - an LOI by id (status page, confirm, withdraw)          → pk "LOI#{id}", sk "LOI"
 * - a needs signal or gap report by id                     → pk "SIGNAL#{id}", sk "SIGNAL"
 * - a supplier's API key by the key's hash; its keys       → pk "SUPPLIER#{slug}", sk "KEY#{hash}" (query on pk lists them)
 * - an idempotency record by key                           → pk "IDEMPOTENCY#{key}", sk "IDEMPOTENCY"
 * - the next reference number of a year                    → pk "COUNTER#{name}#{year}", sk "COUNTER"
 * - items whose personal data has expired, oldest first    → index "expiring-by-time"
 * - submissions with a delivery due for another try        → index "deliveries-due-by-time"
 * - submissions that have not reached all their recipients → index "unrouted-by-time"
 * - the demand counted in a month (LOIs, needs, gaps)      → index "demand-by-month"
 * The expiry time is also the TTL attribute, so on AWS DynamoDB deletes on its own; the purge job
 * does the same where the store has no TTL deletion. The last three indexes are sparse: an item
 * is in one only while it carries the index's key attributes.
 */
export interface IndexDescription {
  name: string;
  partitionKey: string;
  sortKey: string;
  sortKeyType: 'S' | 'N';
  /** Attributes copied into the index besides the keys, so a query answers without reading items. */
  include?: readonly string[];
}

export const table = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: {
    expiringByTime: { name: 'expiring-by-time', partitionKey: 'expiryGroup', sortKey: 'expiresAt', sortKeyType: 'N' },
    deliveriesDueByTime: { name: 'deliveries-due-by-time', partitionKey: 'retryGroup', sortKey: 'retryAt', sortKeyType: 'N' },
    unroutedByTime: { name: 'unrouted-by-time', partitionKey: 'unroutedGroup', sortKey: 'createdAt', sortKeyType: 'S' },
    demandByMonth: { name: 'demand-by-month', partitionKey: 'demandMonth', sortKey: 'demandAt', sortKeyType: 'S', include: ['demand'] },
  },
} as const satisfies { indexes: Record<string, IndexDescription> } & Record<string, unknown>;

/** A time as the table keeps it in expiresAt, retryAt and nextAttemptAt: whole seconds since 1970 (the TTL's unit). */
export const epochSeconds = (at = new Date()) => Math.floor(at.getTime() / 1000);

/** Every item that expires carries this value in its expiryGroup, so one query finds them all. */
export const expiryGroup = 'EXPIRES';
/** The retryGroup of a submission while one of its deliveries waits for another try. */
export const retryGroup = 'RETRY';
/** The unroutedGroup of a submission no recipient was found for, or with a delivery given up. */
export const unroutedGroup = 'UNROUTED';
