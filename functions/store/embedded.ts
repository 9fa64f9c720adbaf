/**
 * The embedded DynamoDB-compatible store of the local runtime: dynalite on LevelDB in a folder,
 * so data survives restarts.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  ScanCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { tableDefinition } from './table.ts';
import { rateLimitTable } from './rate-limit-table.ts';

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

/** Where a running portal (`npm start`) tells commands its store's address. */
export const storeEndpointFile = (dataDir: string) => join(dataDir, 'dynamodb.endpoint');

/**
 * The local store for a command: the running portal's when it is running (it holds the folder),
 * or the store on `dataDir`, started for the command.
 */
export async function openLocalStore(dataDir: string, tableName: string): Promise<EmbeddedStore> {
  const file = storeEndpointFile(dataDir);
  if (existsSync(file)) {
    const endpoint = readFileSync(file, 'utf8').trim();
    if (
      await fetch(endpoint).then(
        () => true,
        () => false,
      )
    )
      return { endpoint, close: async () => undefined };
  }
  return startEmbeddedStore(join(dataDir, 'dynamodb'), tableName);
}

/** Starts the store with its data in `dataDir` (in memory when undefined) on a free port. */
export async function startEmbeddedStore(dataDir: string | undefined, tableName: string): Promise<EmbeddedStore> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const server = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve())));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureTable(endpoint, tableName);
  await ensureRateLimitTable(endpoint, rateLimitTable.nameBeside(tableName));
  return { endpoint, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Creates the table on first start. A table from an older version that lacks an index is made
 * anew with its items copied over: dynalite cannot add an index to an existing table.
 */
async function ensureTable(endpoint: string, tableName: string) {
  const client = localClient(endpoint);
  const definition = tableDefinition();
  const createTable = () => client.send(new CreateTableCommand({ TableName: tableName, BillingMode: 'PAY_PER_REQUEST', ...definition }));
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (definition.GlobalSecondaryIndexes.every((index) => Table?.GlobalSecondaryIndexes?.some((g) => g.IndexName === index.IndexName)))
      return client.destroy();
    const items: Record<string, AttributeValue>[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    // Deleting finishes a moment after the answer.
    while (
      await client.send(new DescribeTableCommand({ TableName: tableName })).then(
        () => true,
        () => false,
      )
    )
      await new Promise((resolve) => setTimeout(resolve, 20));
    await createTable();
    for (const item of items) await client.send(new PutItemCommand({ TableName: tableName, Item: item }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await createTable();
  }
  client.destroy();
}

const localClient = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/** Creates the table of the rate limits' counters (functions/store/rate-limits.ts) on first start. */
async function ensureRateLimitTable(endpoint: string, tableName: string) {
  const client = localClient(endpoint);
  const { partitionKey } = rateLimitTable;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: partitionKey, KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: partitionKey, AttributeType: 'S' }],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
