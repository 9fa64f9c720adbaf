/**
 * Items as single records: created once, read by key and parsed with the schema of their kind,
 * moved from one status to the next with a condition. Every write is a single-item conditional
 * write: the embedded store has no transactions, and none are needed.
 */
import * as z from 'zod';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import type { ItemKey } from './table.ts';

/** Submissions' ids are UUIDs: anything else is not looked up at all. */
export const isRecordId = (id: string) => /^[0-9a-f-]{36}$/.test(id);

/** An item that does not have the form its kind must have: written by another version, or by hand. */
class MalformedItem extends Error {
  constructor(key: ItemKey, error: z.ZodError) {
    super(`The item ${key.pk} ${key.sk} does not have the form of its kind:\n${z.prettifyError(error)}`);
    this.name = 'MalformedItem';
  }
}

/** The item as its schema reads it; the store's own attributes (keys, index entries) are left out. */
export function parseItem<S extends z.ZodType>(schema: S, item: Record<string, unknown>, key: ItemKey): z.output<S> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) throw new MalformedItem(key, parsed.error);
  return parsed.data;
}

/** Writes the item unless one with its key is there; false when it was. */
export async function createItem(key: ItemKey, item: object): Promise<boolean> {
  try {
    await dynamo.send(new PutCommand({ TableName: tableName, Item: { ...key, ...item }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function getItem<S extends z.ZodType>(key: ItemKey, schema: S): Promise<z.output<S> | undefined> {
  const { Item } = await dynamo.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return Item && parseItem(schema, Item, key);
}

/**
 * An UpdateItem's expressions, every name and value a placeholder. A path "deliveries.confirm"
 * is the entry "confirm" of the map "deliveries": written alone, it overwrites no other entry.
 */
export class Update {
  private readonly names = new Map<string, string>();
  private readonly values: Record<string, unknown> = {};
  private readonly assignments: string[] = [];
  private readonly removals: string[] = [];
  private readonly additions: string[] = [];
  private readonly deletions: string[] = [];

  name(path: string): string {
    return path
      .split('.')
      .map((part) => {
        if (!this.names.has(part)) this.names.set(part, `#n${this.names.size}`);
        return this.names.get(part)!;
      })
      .join('.');
  }

  value(value: unknown): string {
    const placeholder = `:v${Object.keys(this.values).length}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  set(attributes: Record<string, unknown>): this {
    for (const [path, value] of Object.entries(attributes)) this.assignments.push(`${this.name(path)} = ${this.value(value)}`);
    return this;
  }

  /** Sets each attribute that has no value yet. */
  setIfAbsent(attributes: Record<string, unknown>): this {
    for (const [path, value] of Object.entries(attributes)) {
      const name = this.name(path);
      this.assignments.push(`${name} = if_not_exists(${name}, ${this.value(value)})`);
    }
    return this;
  }

  /** Appends to a list, starting it when the item has none yet. */
  append(path: string, entries: unknown[]): this {
    const name = this.name(path);
    this.assignments.push(`${name} = list_append(if_not_exists(${name}, ${this.value([])}), ${this.value(entries)})`);
    return this;
  }

  /** Adds `amount` to a number, counting from 0 when it has no value yet. */
  add(path: string, amount: number): this {
    this.additions.push(`${this.name(path)} ${this.value(amount)}`);
    return this;
  }

  /** Adds strings to a set, starting it when the item has none yet. */
  addToSet(path: string, members: readonly string[]): this {
    this.additions.push(`${this.name(path)} ${this.value(new Set(members))}`);
    return this;
  }

  /** Takes strings out of a set; the set goes when it is left empty. */
  deleteFromSet(path: string, members: readonly string[]): this {
    this.deletions.push(`${this.name(path)} ${this.value(new Set(members))}`);
    return this;
  }

  remove(...paths: string[]): this {
    this.removals.push(...paths.map((path) => this.name(path)));
    return this;
  }

  /** The UpdateCommand's input for the item, written only if `condition` (made with this update's names and values) holds. */
  command(key: ItemKey, condition: string) {
    const clauses = [
      this.assignments.length > 0 ? `SET ${this.assignments.join(', ')}` : '',
      this.removals.length > 0 ? `REMOVE ${this.removals.join(', ')}` : '',
      this.additions.length > 0 ? `ADD ${this.additions.join(', ')}` : '',
      this.deletions.length > 0 ? `DELETE ${this.deletions.join(', ')}` : '',
    ];
    return {
      TableName: tableName,
      Key: key,
      UpdateExpression: clauses.filter(Boolean).join(' '),
      ConditionExpression: condition,
      ExpressionAttributeNames: Object.fromEntries([...this.names].map(([name, placeholder]) => [placeholder, name])),
      ...(Object.keys(this.values).length > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

/** Runs the update if `condition` holds, by default that the item exists; false when it does not. */
export async function updateItem(key: ItemKey, update: Update, condition = 'attribute_exists(pk)'): Promise<boolean> {
  try {
    await dynamo.send(new UpdateCommand(update.command(key, condition)));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Runs the update if `condition` holds and returns the item as it is then, as `schema` reads it; undefined when it does not hold. */
export async function updateAndRead<S extends z.ZodType>(
  key: ItemKey,
  schema: S,
  update: Update,
  condition: string,
): Promise<{ item: z.output<S>; raw: Record<string, unknown> } | undefined> {
  try {
    const { Attributes } = await dynamo.send(new UpdateCommand({ ...update.command(key, condition), ReturnValues: 'ALL_NEW' }));
    return { item: parseItem(schema, Attributes!, key), raw: Attributes! };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * Moves an item to status `to` if its status is one of `from`, appending to its history and
 * making the changes of `update`. Undefined when it is not in one of those states (someone else
 * moved it first).
 */
export async function transitionItem<S extends z.ZodType>(
  key: ItemKey,
  schema: S,
  from: readonly string[],
  to: string,
  update = new Update(),
): Promise<z.output<S> | undefined> {
  update.set({ status: to }).append('history', [{ status: to, at: new Date().toISOString() }]);
  const condition = `attribute_exists(pk) AND ${update.name('status')} IN (${from.map((status) => update.value(status)).join(', ')})`;
  return (await updateAndRead(key, schema, update, condition))?.item;
}
