/**
 * LOIs in the table.
 */
import type { Loi } from '../../core/contracts/loi.ts';
import type { LoiStatus, RecipientRole } from '../../core/contracts/loi-view.ts';
import type { DemandAttributes } from './demand.ts';
import { appendToList, createItem, getItem, transitionItem } from './records.ts';
import { expiryGroup } from './table.ts';

export interface Recipient {
  role: RecipientRole;
  organisation: string;
  epost: string;
}

export interface Delivery {
  /** What the message was about: the confirm link, the routed LOI, or its withdrawal. */
  purpose: 'confirm' | 'routed' | 'withdrawn';
  to: string;
  state: 'sent' | 'failed';
  attempts: number;
  at: string;
  error?: string;
}

export interface LoiRecord {
  id: string;
  reference: string;
  status: LoiStatus;
  history: { status: LoiStatus; at: string }[];
  loi: Loi;
  /** FA-region of the workplace kommun, derived on submission. */
  fa: string;
  /** SHA-256 of the private link's token; the token itself is only in the employer's e-mail. */
  tokenHash: string;
  createdAt: string;
  /** When the personal data is to be deleted, epoch seconds (the table's TTL attribute). */
  expiresAt: number;
  recipients: Recipient[];
  /** Roles that had no contact in the catalogue when the LOI was routed. */
  unrouted: Recipient['role'][];
  deliveries: Delivery[];
}

const loiKey = (id: string) => ({ pk: `LOI#${id}`, sk: 'LOI' });

export const createLoi = (record: LoiRecord) => createItem(loiKey(record.id), { expiryGroup, ...record });

export const getLoi = (id: string) => getItem<LoiRecord>(loiKey(id));

/**
 * Moves an LOI to `to` if its status is one of `from`, with the other attributes given.
 * Undefined when the LOI is not in one of those states (someone else moved it first).
 */
export const transitionLoi = (
  id: string,
  from: readonly LoiStatus[],
  to: LoiStatus,
  set: Partial<Pick<LoiRecord, 'expiresAt' | 'recipients' | 'unrouted'>> & Partial<DemandAttributes> = {},
) => transitionItem<LoiRecord>(loiKey(id), from, to, set);

export const addDeliveries = (id: string, deliveries: Delivery[]) => appendToList(loiKey(id), 'deliveries', deliveries);
