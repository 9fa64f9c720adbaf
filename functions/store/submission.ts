/**
 * Any submission (an LOI, a needs signal, a gap report), read by its item's key: what the
 * delivery jobs work on, whatever the kind.
 */
import * as z from 'zod';
import { loiRecordSchema } from './loi.ts';
import type { CaseEvent } from '../../core/contracts/inbox.ts';
import { addDeliveries, outboxAttributes, type Delivery } from './delivery.ts';
import { getItem, Update, updateAndRead, updateItem } from './records.ts';
import { complaintRecordSchema, gapRecordSchema, needsRecordSchema } from './signal.ts';
import { keys, type ItemKey } from './table.ts';

const submissionSchema = z.discriminatedUnion('kind', [loiRecordSchema, needsRecordSchema, gapRecordSchema, complaintRecordSchema]);

export type Submission = z.infer<typeof submissionSchema>;

/** What an employer sent, an LOI or a needs signal: both name the organisation, its contact, the workplace's kommun and the need. */
export const employerContent = (item: Extract<Submission, { kind: 'loi' | 'behov' }>) => (item.kind === 'loi' ? item.loi : item.content);

export const submissionKey = ({ kind, id }: Pick<Submission, 'kind' | 'id'>) => (kind === 'loi' ? keys.loi(id) : keys.signal(id));

export const getSubmission = (key: ItemKey) => getItem(key, submissionSchema);

/**
 * Adds the hash of a new private link: for a confirm mail sent again, only while the submission
 * is unconfirmed (false once a link has been used); for news of a change, `whatever` its status.
 */
export function addTokenHash(submission: Pick<Submission, 'kind' | 'id'>, tokenHash: string, { whatever = false } = {}): Promise<boolean> {
  const update = new Update().append('tokenHashes', [tokenHash]);
  const condition = whatever ? 'attribute_exists(pk)' : `${update.name('status')} = ${update.value('unconfirmed')}`;
  return updateItem(submissionKey(submission), update, condition);
}

/**
 * Takes the lease on the submission's deliveries until `nowSeconds + leaseSeconds`, unless
 * another sender holds it. Returns the submission as it is now, and its outbox version.
 */
export async function claimDeliveries(
  submission: Pick<Submission, 'kind' | 'id'>,
  nowSeconds: number,
  leaseSeconds: number,
): Promise<{ submission: Submission; version: number | undefined } | undefined> {
  const update = new Update().set({ [outboxAttributes.lease]: nowSeconds + leaseSeconds });
  const lease = update.name(outboxAttributes.lease);
  const free = `attribute_exists(pk) AND (attribute_not_exists(${lease}) OR ${lease} <= ${update.value(nowSeconds)})`;
  const claimed = await updateAndRead(submissionKey(submission), submissionSchema, update, free);
  return claimed && { submission: claimed.item, version: claimed.raw[outboxAttributes.version] as number | undefined };
}

/**
 * A staff person's change to a submission, in one conditional write: the attributes `set`, a new
 * `status` (with its history), the audit `event` appended, and the deliveries it causes. Only
 * from the status the person saw: undefined when someone changed it meanwhile.
 */
export async function changeCase(
  submission: Pick<Submission, 'kind' | 'id' | 'status'>,
  {
    event,
    set = {},
    status,
    deliveries = {},
  }: { event: CaseEvent; set?: Record<string, unknown>; status?: string; deliveries?: Record<string, Delivery> },
): Promise<Submission | undefined> {
  const update = addDeliveries(new Update().set(set).append('events', [event]), deliveries);
  if (status) update.set({ status }).append('history', [{ status, at: event.at }]);
  const condition = `attribute_exists(pk) AND ${update.name('status')} = ${update.value(submission.status)}`;
  return (await updateAndRead(submissionKey(submission), submissionSchema, update, condition))?.item;
}
