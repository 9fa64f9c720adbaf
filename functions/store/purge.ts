/**
 * Deletes items whose expiry time has passed: unconfirmed LOIs after 72 hours, idempotency
 * records after a day, personal data when its time is up. On AWS the table's TTL does this too;
 * the embedded store does not, so the local server runs this job.
 */
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dynamo, tableName } from './client.ts';
import { expiryGroup, table } from './table.ts';

export async function purgeExpired(now = new Date()): Promise<number> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const index = table.indexes.expiringByTime;
  let purged = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: '#group = :group AND #expires <= :now',
        ExpressionAttributeNames: { '#group': index.partitionKey, '#expires': index.sortKey },
        ExpressionAttributeValues: { ':group': expiryGroup, ':now': nowSeconds },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      try {
        // The condition keeps an item whose expiry was moved on (an LOI confirmed meanwhile).
        await dynamo.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { pk: item.pk, sk: item.sk },
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
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return purged;
}
