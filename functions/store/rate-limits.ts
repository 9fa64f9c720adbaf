/**
 * The rate limits' counters: fixed windows of rate-limiter-flexible's RateLimiterDynamo, in a table
 * of their own (rate-limit-table.ts). They live in the store, not in memory, because Lambda
 * instances share nothing; the local runtime keeps them in its embedded store the same way. What
 * is counted (a client address, an e-mail address, a submission's id) is kept only as a hash,
 * and each counter ends with its window (the table's TTL deletes it on AWS).
 */
import { createHash } from 'node:crypto';
import { UpdateItemCommand, type UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import RateLimiterDynamo from 'rate-limiter-flexible/lib/RateLimiterDynamo.js';
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js';
import { config } from '../config.ts';
import { dynamoClient } from './client.ts';

// The limiter calls the method names of the SDK's aggregated client; taking and giving back a
// point is one UpdateItem each, through the process's one client.
const storeClient = { updateItem: (input: UpdateItemCommandInput) => dynamoClient.send(new UpdateItemCommand(input)) };

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

export interface Counter {
  /** Takes a point of `key`'s window: undefined when there was one, else the seconds until the window ends. */
  take(key: string): Promise<number | undefined>;
  /** Gives back a point taken for something that did not count. */
  giveBack(key: string): Promise<void>;
}

/** `points` in every window of `seconds`, for each key; `name` keeps one budget's counters apart from another's. */
export function counter(name: string, points: number, seconds: number): Counter {
  const limiter = new RateLimiterDynamo({
    storeClient,
    tableName: config.rateLimits.tableName,
    // The table and its TTL are made by the CDK stack and the embedded store, never by the limiter.
    tableCreated: true,
    ttlSet: true,
    keyPrefix: name,
    points,
    duration: seconds,
  });
  return {
    take: (key) =>
      limiter.consume(hashed(key)).then(
        () => undefined,
        (refused: unknown) => {
          if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
          throw refused;
        },
      ),
    giveBack: async (key) => {
      await limiter.reward(hashed(key));
    },
  };
}
