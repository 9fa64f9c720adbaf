/**
 * Suppliers' keys for gap reports: issued and revoked by `npm run keys`, scoped to the FA-regions
 * of the supplier's contracts, kept only as a SHA-256.
 */
import { getKey, listKeys, putKey, revokeKey, type SupplierKey } from '../store/keys.ts';
import { Unauthorized } from './errors.ts';
import { hashToken, newToken } from './tokens.ts';
import { translations } from '../../core/i18n/index.ts';

const keyPattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([A-Za-z0-9_-]{43})$/;

/** A new key for the supplier; the key itself is shown once and never stored. */
export async function issueKey(supplier: string, faRegions: string[]): Promise<{ key: string; record: SupplierKey }> {
  const key = `${supplier}.${newToken()}`;
  const record: SupplierKey = { supplier, hash: hashToken(key), faRegions, createdAt: new Date().toISOString() };
  await putKey(record);
  return { key, record };
}

export { listKeys };

/** Revokes the supplier's key whose hash starts with `prefix` (as `list` shows it). */
export async function revokeKeyByPrefix(supplier: string, prefix: string): Promise<SupplierKey | undefined> {
  const found = (await listKeys(supplier)).filter((k) => k.hash.startsWith(prefix.toLowerCase()));
  if (found.length !== 1 || prefix.length < 6) return undefined;
  await revokeKey(supplier, found[0]!.hash);
  return found[0];
}

/** The supplier a key names, whether or not it is one of its keys; undefined for what is no key at all. */
export const supplierNamedBy = (key: string) => keyPattern.exec(key.trim())?.[1];

/**
 * The supplier a key belongs to. No key, an unknown one or a revoked one is unauthorized; `path`
 * names where the key was looked for (the Authorization header, or the form's field).
 */
const { keyMissing } = translations().signals.gap;

export async function authenticateSupplier(key: string | undefined, path: string): Promise<SupplierKey> {
  const unauthorized = (message: string) => new Unauthorized('Leverantörsnyckel krävs', [{ path, message }], 'leverantor');
  // The API's clients are told how to send it; a person at the form, only to fill it in.
  if (!key) throw unauthorized(path === 'Authorization' ? 'Skicka leverantörens nyckel: Authorization: Bearer {nyckel}' : keyMissing);
  const supplier = supplierNamedBy(key);
  const record = supplier ? await getKey(supplier, hashToken(key.trim())) : undefined;
  if (!record) throw unauthorized('Nyckeln stämmer inte. Kontrollera att du har skrivit av hela nyckeln.');
  if (record.revokedAt) throw unauthorized('Nyckeln är återkallad. Be Arbetsförmedlingen om en ny.');
  return record;
}
