/**
 * Deletes items whose expiry time has passed: unconfirmed LOIs after 72 hours, idempotency
 * records after a day, personal data when its time is up. On AWS the table's TTL does this too;
 * the embedded store does not, so the local server runs this job.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dynamo, tableName } from './client.ts';
import { itemKey, queryIndex } from './query.ts';
import { epochSeconds, table } from './table.ts';

export async function purgeExpired(now = new Date()): Promise<number> {
  const nowSeconds = epochSeconds(now);
  const index = table.indexes.expiringByTime;
  let purged = 0;
  for await (const key of queryIndex(index, itemKey, { sort: { is: '<=', than: nowSeconds } })) {
    try {
      // The condition keeps an item whose expiry was moved on (an LOI confirmed meanwhile).
      await dynamo.send(
        new DeleteCommand({
          TableName: tableName,
          Key: key,
          ConditionExpression: '#expires <= :now',
          ExpressionAttributeNames: { '#expires': index.sortKey },
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      purged++;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return purged;
}
