/**
 * Suppliers' API keys. Only a key's SHA-256 is stored, under the supplier, so a key is found with
 * one read and a supplier's keys with one query.
 */
import * as z from 'zod';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { createItem, getItem, parseItem, Update, updateItem } from './records.ts';
import { keys } from './table.ts';

const supplierKeySchema = z.object({
  supplier: z.string(),
  /** SHA-256 of the key, hex; its first 12 characters name the key in lists. */
  hash: z.string(),
  /** The FA-regions the key may report gaps in: the supplier's contract regions when it was issued. */
  faRegions: z.array(z.string()),
  createdAt: z.string(),
  revokedAt: z.string().optional(),
});

export type SupplierKey = z.infer<typeof supplierKeySchema>;

export const putKey = (key: SupplierKey) => createItem(keys.supplierKey(key.supplier, key.hash), key);

export const getKey = (supplier: string, hash: string) => getItem(keys.supplierKey(supplier, hash), supplierKeySchema);

export async function listKeys(supplier: string): Promise<SupplierKey[]> {
  const { pk, skPrefix } = keys.supplierKeys(supplier);
  const { Items = [] } = await dynamo.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => parseItem(supplierKeySchema, item, { pk, sk: String(item.sk) }));
}

/** Revokes a key; revoking it again keeps the first date. */
export async function revokeKey(supplier: string, hash: string): Promise<void> {
  await updateItem(keys.supplierKey(supplier, hash), new Update().setIfAbsent({ revokedAt: new Date().toISOString() }));
}
