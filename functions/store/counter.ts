/**
 * Atomic counters (one UpdateItem with ADD): readable reference numbers, per name and year, and
 * the turns of an FA-region's jobbspår suppliers.
 */
import * as z from 'zod';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { parseItem } from './records.ts';
import { keys, type ItemKey } from './table.ts';

const counterSchema = z.object({ value: z.number().int().positive() });

/** The counter at `key` counted up by one: 1 the first time. */
async function countUp(key: ItemKey): Promise<number> {
  const { Attributes } = await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: key,
      UpdateExpression: 'ADD #value :one',
      ExpressionAttributeNames: { '#value': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return parseItem(counterSchema, Attributes ?? {}, key).value;
}

/** "LOI-2026-000123": the prefix, the year and the year's next number. */
export async function nextReference(prefix: string, now = new Date()): Promise<string> {
  const year = now.getUTCFullYear();
  return `${prefix}-${year}-${String(await countUp(keys.counter(prefix, year))).padStart(6, '0')}`;
}

/** The next turn among FA-region `fa`'s jobbspår suppliers: 1, 2, 3 … however many take part. */
export const nextTurn = (fa: string): Promise<number> => countUp(keys.allocationTurn(fa));
