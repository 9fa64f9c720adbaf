/**
 * Readable reference numbers: an atomic counter per name and year (one UpdateItem with ADD).
 */
import * as z from 'zod';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { parseItem } from './records.ts';
import { keys } from './table.ts';

const counterSchema = z.object({ value: z.number().int().positive() });

async function nextNumber(name: string, year: number): Promise<number> {
  const key = keys.counter(name, year);
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
  return `${prefix}-${year}-${String(await nextNumber(prefix, year)).padStart(6, '0')}`;
}
