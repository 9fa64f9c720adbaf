/**
 * Readable reference numbers: an atomic counter per name and year (one UpdateItem with ADD).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';

export async function nextNumber(name: string, year: number): Promise<number> {
  const { Attributes } = await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: `COUNTER#${name}#${year}`, sk: 'COUNTER' },
      UpdateExpression: 'ADD #value :one',
      ExpressionAttributeNames: { '#value': 'value' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Attributes!.value as number;
}

/** "LOI-2026-000123": the prefix, the year and the year's next number. */
export async function nextReference(prefix: string, now = new Date()): Promise<string> {
  const year = now.getUTCFullYear();
  return `${prefix}-${year}-${String(await nextNumber(prefix, year)).padStart(6, '0')}`;
}
