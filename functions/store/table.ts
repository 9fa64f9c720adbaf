/**
 * The one table of the portal, described once for both the embedded store and the CDK stack.
 *
 * Access patterns:
 * - an LOI by id (status page, confirm, withdraw)          → pk "LOI#{id}", sk "LOI"
 * - an idempotency record by key                           → pk "IDEMPOTENCY#{key}", sk "IDEMPOTENCY"
 * - the next reference number of a year                    → pk "COUNTER#{name}#{year}", sk "COUNTER"
 * - items whose personal data has expired, oldest first    → index "expiring-by-time"
 * The expiry time is also the TTL attribute, so on AWS DynamoDB deletes on its own; the purge job
 * does the same where the store has no TTL deletion.
 */
export const table = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: {
    expiringByTime: { name: 'expiring-by-time', partitionKey: 'expiryGroup', sortKey: 'expiresAt', sortKeyType: 'N' },
  },
} as const;

/** Every item that expires carries this value in its expiryGroup, so one query finds them all. */
export const expiryGroup = 'EXPIRES';
