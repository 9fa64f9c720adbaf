/**
 * Suppliers' API keys. A key is "{supplier slug}.{random}"; only its SHA-256 is stored, under the
 * supplier, so a key is found with one read and a supplier's keys with one query.
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { createItem, getItem } from './records.ts';

export interface SupplierKey {
  supplier: string;
  /** SHA-256 of the key, hex; its first 12 characters name the key in lists. */
  hash: string;
  /** The FA-regions the key may report gaps in: the supplier's contract regions when it was issued. */
  faRegions: string[];
  createdAt: string;
  revokedAt?: string;
}

const keyOf = (supplier: string, hash: string) => ({ pk: `SUPPLIER#${supplier}`, sk: `KEY#${hash}` });

export const putKey = (key: SupplierKey) => createItem(keyOf(key.supplier, key.hash), key);

export const getKey = (supplier: string, hash: string) => getItem<SupplierKey>(keyOf(supplier, hash));

export async function listKeys(supplier: string): Promise<SupplierKey[]> {
  const { Items = [] } = await dynamo.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `SUPPLIER#${supplier}`, ':prefix': 'KEY#' },
      ConsistentRead: true,
    }),
  );
  return Items.map(({ pk: _pk, sk: _sk, ...key }) => key as SupplierKey);
}

export async function revokeKey(supplier: string, hash: string): Promise<void> {
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keyOf(supplier, hash),
      UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':now': new Date().toISOString() },
    }),
  );
}
