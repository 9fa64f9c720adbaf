/**
 * Needs signals and gap reports in the table. A submission without any recipient is in the
 * "unrouted-by-time" index, to be listed and not lost.
 */
import * as z from 'zod';
import type { Gap, Needs } from '../../core/contracts/signals.ts';
import type { Complaint } from '../../core/contracts/complaint.ts';
import { recipientRoles } from '../../core/contracts/loi-view.ts';
import { signalStatuses } from '../../core/contracts/inbox.ts';
import { addDeliveries, deliveriesSchema, newDeliveries, type Delivery } from './delivery.ts';
import type { DemandAttributes } from './demand.ts';
import { createItem, getItem, transitionItem, Update } from './records.ts';
import { accepted, caseFields, historySchema, tokenHashesSchema } from './schemas.ts';
import { indexEntries, keys } from './table.ts';

/** A recipient as the routing table names it. */
const signalRecipientSchema = z.object({
  organisation: z.string(),
  roll: z.enum(recipientRoles),
  kanal: z.literal('epost'),
  adress: z.string(),
  /** The supplier's slug in the catalogue, when the recipient is one: whose staff see the submission. */
  supplier: z.string().optional(),
});

export type SignalRecipient = z.infer<typeof signalRecipientSchema>;

const signalFields = {
  id: z.string(),
  reference: z.string(),
  status: z.enum(signalStatuses),
  history: historySchema(signalStatuses),
  fa: z.string(),
  createdAt: z.string(),
  /** When the personal data is to be deleted, epoch seconds (the table's TTL attribute). */
  expiresAt: z.number(),
  recipients: z.array(signalRecipientSchema),
  deliveries: deliveriesSchema,
  ...caseFields,
  /** The staff's answer to the sender, and the catalogue entry that answers it, if one does. */
  answer: z.object({ text: z.string(), insats: z.string().optional() }).optional(),
};

export const needsRecordSchema = z.object({
  kind: z.literal('behov'),
  ...signalFields,
  content: accepted<Needs>(),
  /** SHA-256 of the confirm link's token, of each link mailed. */
  tokenHashes: tokenHashesSchema,
});

export const gapRecordSchema = z.object({
  kind: z.literal('brist'),
  ...signalFields,
  content: accepted<Gap>(),
  /** The supplier whose key filed the report (its slug in the catalogue). */
  supplier: z.string(),
});

/** A participant's complaint about a supplier: kept with the other signals, sent to Arbetsförmedlingen (and the kommun for its own customer choice), never to the supplier. */
export const complaintRecordSchema = z.object({
  kind: z.literal('complaint'),
  ...signalFields,
  content: accepted<Complaint>(),
});

export const signalRecordSchema = z.discriminatedUnion('kind', [needsRecordSchema, gapRecordSchema, complaintRecordSchema]);

export type NeedsRecord = z.infer<typeof needsRecordSchema>;
export type GapRecord = z.infer<typeof gapRecordSchema>;
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;
export type SignalRecord = z.infer<typeof signalRecordSchema>;

/** A submission without recipients goes into the unrouted index. */
const routedAttributes = (recipients: readonly SignalRecipient[]) => (recipients.length === 0 ? indexEntries.unrouted : {});

/** Stores a new signal, its deliveries due at once; false when a signal with its id is there already. */
export const createSignal = (record: SignalRecord, now: Date, demand?: DemandAttributes) =>
  createItem(keys.signal(record.id), {
    ...indexEntries.expiring,
    ...record,
    ...newDeliveries(record.deliveries, now),
    ...demand,
    ...(record.status === 'received' ? routedAttributes(record.recipients) : {}),
  });

export const getSignal = (id: string) => getItem(keys.signal(id), signalRecordSchema);

/**
 * Confirms a needs signal (the one signal with a confirm step) with its recipients, their
 * deliveries and, for the statistics, what it counts. Undefined when it was confirmed already.
 */
export const confirmSignal = (
  id: string,
  set: Pick<NeedsRecord, 'recipients' | 'expiresAt'> & DemandAttributes,
  deliveries: Record<string, Delivery>,
) =>
  transitionItem(
    keys.signal(id),
    needsRecordSchema,
    ['unconfirmed'],
    'received',
    addDeliveries(new Update().set({ ...set, ...routedAttributes(set.recipients) }), deliveries),
  );
