/**
 * The staff's people: one item per e-mail address, found by it at sign-in, and listed per
 * organisation through the people-by-organisation index.
 */
import * as z from 'zod';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { getItem, parseItem } from './records.ts';
import { queryIndex } from './query.ts';
import { indexEntries, keys, table } from './table.ts';

/** `lasare` reads, `handlaggare` also acts on what comes in, `admin` also manages the organisation's people. */
export const staffRoles = ['lasare', 'handlaggare', 'admin'] as const;

const personSchema = z.object({
  /** Trimmed and in lower case: the same address however it is typed. */
  email: z.string(),
  name: z.string().optional(),
  /** Shown to the employer when the person is responsible for an LOI. */
  phone: z.string().optional(),
  /** A catalogue owner ("arbetsformedlingen", "fa-01", "kommun-1280") or a supplier's slug. */
  organisation: z.string(),
  role: z.enum(staffRoles),
  addedAt: z.string(),
});

export type Person = z.infer<typeof personSchema>;

export const getPerson = (email: string) => getItem(keys.person(email), personSchema);

/**
 * Stores the person, or changes the name and role of the one already there in the same
 * organisation. The person as it was, if any; false when the address belongs to another organisation.
 */
export async function putPerson(person: Person): Promise<Person | undefined | false> {
  const key = keys.person(person.email);
  try {
    const { Attributes } = await dynamo.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...key, ...indexEntries.person(person.organisation, person.email), ...person },
        ConditionExpression: 'attribute_not_exists(pk) OR #organisation = :organisation',
        ExpressionAttributeNames: { '#organisation': 'organisation' },
        ExpressionAttributeValues: { ':organisation': person.organisation },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes && parseItem(personSchema, Attributes, key);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** The organisation's people, by address. */
export async function peopleOf(organisation: string): Promise<Person[]> {
  const found: Person[] = [];
  for await (const person of queryIndex(table.indexes.peopleByOrganisation, personSchema, { partition: organisation })) found.push(person);
  return found;
}

export async function deletePerson(email: string): Promise<void> {
  await dynamo.send(new DeleteCommand({ TableName: tableName, Key: keys.person(email) }));
}
