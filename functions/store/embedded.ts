/**
 * The embedded DynamoDB-compatible store of the local runtime: dynalite on LevelDB in a folder,
 * so data survives restarts. When the folder cannot be used, the error says so in words for the
 * person who runs the portal.
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
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { Level } from 'level';
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

/** Starts the store with its data in `dataDir` (in memory when undefined) on `port` (any free port when 0). */
export async function startEmbeddedStore(dataDir: string | undefined, tableName: string, port = 0): Promise<EmbeddedStore> {
  if (dataDir) await openFolder(dataDir);
  const server = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.listen(port, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve())));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await ensureTable(endpoint, tableName);
  await ensureRateLimitTable(endpoint, rateLimitTable.nameBeside(tableName));
  return { endpoint, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Opens the folder's database once and lets it go. dynalite opens it only at the first request,
 * and then answers every request with "Database is closed", whatever kept it from opening.
 */
async function openFolder(folder: string) {
  try {
    makeFolder(folder);
    const db = new Level(folder);
    await db.open();
    await db.close();
  } catch (error) {
    throw storeFault(folder, error);
  }
}

export type StoreFaultKind = 'locked' | 'full' | 'read-only' | 'not-a-folder' | 'unreadable' | 'failed';

/** The store cannot use its folder, or stopped on it: what is wrong and what to do, for the person who runs the portal. */
export class StoreFault extends Error {
  constructor(
    readonly kind: StoreFaultKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreFault';
  }
}

/** What an error of the store on `folder` (LevelDB's, the file system's) means for the person who runs it. */
export function storeFault(folder: string, error: unknown): StoreFault {
  if (error instanceof StoreFault) return error;
  const chain = causesOf(error);
  const any = (codes: string[], text?: RegExp) => chain.some((e) => codes.includes(e.code ?? '') || (text?.test(e.message) ?? false));
  const elsewhere = 'eller välj en annan mapp för portalens data: DATA_DIR=/en/annan/mapp npm start';
  if (any(['LEVEL_LOCKED']))
    return new StoreFault(
      'locked',
      `Databasen i ${folder} används redan av en annan portal (npm start) eller ett kommando som körs. Stoppa den först (Ctrl+C där den körs), ${elsewhere}.`,
    );
  if (any(['ENOSPC'], /No space left on device/))
    return new StoreFault('full', `Disken där ${folder} ligger är full. Frigör utrymme på den, ${elsewhere}.`);
  if (any(['EROFS', 'EACCES', 'EPERM'], /Read-only file system|Permission denied/))
    return new StoreFault(
      'read-only',
      `Det går inte att skriva i ${folder}: mappen eller disken är skrivskyddad. Gör den skrivbar, ${elsewhere}.`,
    );
  if (any(['ENOTDIR', 'EEXIST']))
    return new StoreFault(
      'not-a-folder',
      `${fileInTheWay(folder)} är en fil, men portalen behöver en mapp där. Flytta undan filen, ${elsewhere}.`,
    );
  const reason = chain.at(-1)?.message ?? String(error);
  if (chain.some((e) => e.code?.startsWith('LEVEL_')))
    return new StoreFault(
      'unreadable',
      `Databasen i ${folder} går inte att öppna och kan vara skadad (${reason}). Flytta undan mappen, så börjar portalen med en tom databas, ${elsewhere}.`,
    );
  return new StoreFault('failed', `Databasen i ${folder} fungerar inte: ${reason}`);
}

/** The error and the errors that caused it, outermost first. */
function causesOf(error: unknown): { code?: string; message: string }[] {
  const chain: { code?: string; message: string }[] = [];
  for (let e = error; e instanceof Error; e = e.cause) chain.push({ code: (e as NodeJS.ErrnoException).code, message: e.message });
  return chain;
}

/** Makes the folder and any above it that are missing. (Node's recursive mkdir reports a read-only disk as a missing folder.) */
function makeFolder(folder: string) {
  if (existsSync(folder)) return;
  makeFolder(dirname(folder));
  mkdirSync(folder);
}

/** The file that stands where `folder`, or a folder above it, should be. */
function fileInTheWay(folder: string): string {
  for (let path = folder; dirname(path) !== path; path = dirname(path)) if (existsSync(path) && !statSync(path).isDirectory()) return path;
  return folder;
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
