/**
 * Reading an index: every item of one partition, page by page, optionally bounded on the sort key.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import type { IndexDescription } from './table.ts';

export async function* queryIndex(
  index: Pick<IndexDescription, 'name' | 'partitionKey' | 'sortKey'>,
  partition: string,
  sort?: { is: '<=' | '>='; than: string | number },
): AsyncGenerator<Record<string, unknown>> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index.name,
        KeyConditionExpression: `#partition = :partition${sort ? ` AND #sort ${sort.is} :bound` : ''}`,
        ExpressionAttributeNames: { '#partition': index.partitionKey, ...(sort ? { '#sort': index.sortKey } : {}) },
        ExpressionAttributeValues: { ':partition': partition, ...(sort ? { ':bound': sort.than } : {}) },
        ExclusiveStartKey: startKey,
      }),
    );
    yield* page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
