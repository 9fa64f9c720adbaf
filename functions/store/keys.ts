/**
 * Suppliers' API keys. A key is "{supplier slug}.{random}"; only its SHA-256 is stored, under the
 * supplier, so a key is found with one read and a supplier's keys with one query.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';

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

export async function putKey(key: SupplierKey): Promise<void> {
  await dynamo.send(new PutCommand({ TableName: tableName, Item: { ...keyOf(key.supplier, key.hash), ...key }, ConditionExpression: 'attribute_not_exists(pk)' }));
}

export async function getKey(supplier: string, hash: string): Promise<SupplierKey | undefined> {
  const { Item } = await dynamo.send(new GetCommand({ TableName: tableName, Key: keyOf(supplier, hash), ConsistentRead: true }));
  return Item && ({ supplier: Item.supplier, hash: Item.hash, faRegions: Item.faRegions, createdAt: Item.createdAt, revokedAt: Item.revokedAt } as SupplierKey);
}

export async function listKeys(supplier: string): Promise<SupplierKey[]> {
  const { Items = [] } = await dynamo.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `SUPPLIER#${supplier}`, ':prefix': 'KEY#' },
      ConsistentRead: true,
    }),
  );
  return Items as SupplierKey[];
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
