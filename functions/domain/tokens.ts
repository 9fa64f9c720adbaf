/**
 * Private link tokens: random, sent only by e-mail; the store keeps their SHA-256.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether the token is one of those whose hashes are stored. */
export function tokenMatches(token: string, storedHashes: readonly string[]): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  return storedHashes
    .map((storedHash) => Buffer.from(storedHash, 'hex'))
    .some((stored) => given.length === stored.length && timingSafeEqual(given, stored));
}
