/**
 * The table of the rate limits' counters, beside the portal's table: the shape in which
 * rate-limiter-flexible's RateLimiterDynamo keeps them (functions/store/rate-limits.ts). The
 * embedded store, the CDK stack and the settings read it here.
 */
export const rateLimitTable = {
  partitionKey: 'key',
  /** When a counter's window ends, in seconds since 1970: the table's TTL. */
  ttlAttribute: 'expire',
  /** Its name where no setting gives one (the local store): beside the portal's table. */
  nameBeside: (tableName: string) => `${tableName}-rate-limits`,
} as const;
