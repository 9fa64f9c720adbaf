/**
 * LOIs in the table.
 */
import * as z from 'zod';
import type { Loi } from '../../core/contracts/loi.ts';
import { loiStatuses, recipientRoles, type LoiStatus } from '../../core/contracts/loi-view.ts';
import { allocationRules } from '../../core/catalogue/vocabulary.ts';
import { addDeliveries, deliveriesSchema, newDeliveries, recipientSchema, type Delivery } from './delivery.ts';
import type { DemandAttributes } from './demand.ts';
import { createItem, getItem, transitionItem, Update } from './records.ts';
import { accepted, caseFields, historySchema, tokenHashesSchema } from './schemas.ts';
import { indexEntries, keys } from './table.ts';

export const loiRecordSchema = z.object({
  kind: z.literal('loi'),
  id: z.string(),
  reference: z.string(),
  status: z.enum(loiStatuses),
  history: historySchema(loiStatuses),
  loi: accepted<Loi>(),
  /** FA-region of the workplace kommun, derived on submission. */
  fa: z.string(),
  /** SHA-256 of the private link's token, of each link mailed; the tokens themselves are only in the employer's e-mail. */
  tokenHashes: tokenHashesSchema,
  createdAt: z.string(),
  /** When the personal data is to be deleted, epoch seconds (the table's TTL attribute). */
  expiresAt: z.number(),
  recipients: z.array(recipientSchema),
  /** Roles that had no contact in the catalogue when the LOI was routed. */
  unrouted: z.array(z.enum(recipientRoles)),
  /** How the LOI was allocated to its supplier, once it was: by the region's rule, and in turn, which turn. */
  allocation: z.object({ rule: z.enum(allocationRules), turn: z.number().int().positive().optional() }).optional(),
  deliveries: deliveriesSchema,
  ...caseFields,
});

export type LoiRecord = z.infer<typeof loiRecordSchema>;

/** Stores a new LOI, its deliveries due at once; false when an LOI with its id is there already. */
export const createLoi = (record: LoiRecord, now: Date) =>
  createItem(keys.loi(record.id), { ...indexEntries.expiring, ...record, ...newDeliveries(record.deliveries, now) });

export const getLoi = (id: string) => getItem(keys.loi(id), loiRecordSchema);

/**
 * Moves an LOI to `to` if its status is one of `from`, with the other attributes and the new
 * deliveries given. Undefined when the LOI is not in one of those states (someone else moved it first).
 */
export const transitionLoi = (
  id: string,
  from: readonly LoiStatus[],
  to: LoiStatus,
  set: Partial<Pick<LoiRecord, 'expiresAt' | 'recipients' | 'unrouted' | 'allocation'>> & Partial<DemandAttributes> = {},
  deliveries: Record<string, Delivery> = {},
) => transitionItem(keys.loi(id), loiRecordSchema, from, to, addDeliveries(new Update().set(set), deliveries));
