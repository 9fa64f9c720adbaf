/**
 * Sign-in links and staff sessions. Each is stored under the SHA-256 of its secret (the link's
 * token, the session's id), never the secret itself, with an expiry time that the purge (and
 * DynamoDB's TTL) deletes it by. A link is used up by one conditional write; a session's expiry
 * moves on with each use, by a write that only an unexpired session passes.
 */
import * as z from 'zod';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo, tableName } from './client.ts';
import { createItem, getItem, Update, updateAndRead } from './records.ts';
import { indexEntries, keys } from './table.ts';

const signInLinkSchema = z.object({
  email: z.string(),
  createdAt: z.string(),
  /** Epoch seconds; the link works until then. */
  expiresAt: z.number(),
  usedAt: z.string().optional(),
});

const sessionSchema = z.object({
  email: z.string(),
  /** The token every form that changes something carries: a session's own, so another site cannot know it. */
  csrfToken: z.string(),
  startedAt: z.string(),
  /** Epoch seconds; moved on with each use, so the session ends after its idle timeout. */
  expiresAt: z.number(),
});

export type SignInLink = z.infer<typeof signInLinkSchema>;
export type Session = z.infer<typeof sessionSchema>;

export const createSignInLink = (tokenHash: string, link: SignInLink) =>
  createItem(keys.signInLink(tokenHash), { ...indexEntries.expiring, ...link });

/** The link, however it stands: used, expired or still good. */
export const getSignInLink = (tokenHash: string) => getItem(keys.signInLink(tokenHash), signInLinkSchema);

/** Uses up the link if it is unused and unexpired at `nowSeconds`; undefined when it is not. */
export async function consumeSignInLink(tokenHash: string, nowSeconds: number, usedAt: string): Promise<SignInLink | undefined> {
  const update = new Update().set({ usedAt });
  const condition = `attribute_exists(pk) AND attribute_not_exists(${update.name('usedAt')}) AND ${update.name('expiresAt')} > ${update.value(nowSeconds)}`;
  return (await updateAndRead(keys.signInLink(tokenHash), signInLinkSchema, update, condition))?.item;
}

export const createSession = (idHash: string, session: Session) =>
  createItem(keys.session(idHash), { ...indexEntries.expiring, ...session });

/** The session, its expiry moved on to `expiresAt`, if it has not expired at `nowSeconds`. */
export async function touchSession(idHash: string, nowSeconds: number, expiresAt: number): Promise<Session | undefined> {
  const update = new Update().set({ expiresAt });
  const condition = `attribute_exists(pk) AND ${update.name('expiresAt')} > ${update.value(nowSeconds)}`;
  return (await updateAndRead(keys.session(idHash), sessionSchema, update, condition))?.item;
}

export async function deleteSession(idHash: string): Promise<void> {
  await dynamo.send(new DeleteCommand({ TableName: tableName, Key: keys.session(idHash) }));
}
