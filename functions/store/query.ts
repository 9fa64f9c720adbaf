/**
 * Reading an index: every entry of one partition, page by page, optionally bounded on the sort
 * key, each parsed with the schema of what the index holds.
 */
import * as z from 'zod';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { parseItem } from './records.ts';
import type { IndexDescription } from './table.ts';

/** Every index entry carries the table's key of its item. */
export const itemKey = z.object({ pk: z.string(), sk: z.string() });

export async function* queryIndex<S extends z.ZodType>(
  index: IndexDescription,
  schema: S,
  { partition = index.partition, sort }: { partition?: string; sort?: { is: '<=' | '>='; than: string | number } } = {},
): AsyncGenerator<z.output<S>> {
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
    for (const item of page.Items ?? []) yield parseItem(schema, item, { pk: String(item.pk), sk: String(item.sk) });
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** The keys of the items an index finds. */
export async function itemKeysOf(index: IndexDescription, options?: Parameters<typeof queryIndex>[2]): Promise<z.output<typeof itemKey>[]> {
  const found = [];
  for await (const key of queryIndex(index, itemKey, options)) found.push(key);
  return found;
}
