/**
 * Any submission (an LOI, a needs signal, a gap report), read by its item's key: what the
 * delivery jobs work on, whatever the kind.
 */
import * as z from 'zod';
import { loiRecordSchema } from './loi.ts';
import { outboxAttributes } from './delivery.ts';
import { getItem, Update, updateAndRead, updateItem } from './records.ts';
import { gapRecordSchema, needsRecordSchema } from './signal.ts';
import { keys, type ItemKey } from './table.ts';

const submissionSchema = z.discriminatedUnion('kind', [loiRecordSchema, needsRecordSchema, gapRecordSchema]);

export type Submission = z.infer<typeof submissionSchema>;

export const submissionKey = ({ kind, id }: Pick<Submission, 'kind' | 'id'>) => (kind === 'loi' ? keys.loi(id) : keys.signal(id));

export const getSubmission = (key: ItemKey) => getItem(key, submissionSchema);

/**
 * Adds the hash of a new private link of an unconfirmed submission, for a confirm mail sent
 * again. False when it is no longer unconfirmed: a link has been used.
 */
export function addTokenHash(submission: Pick<Submission, 'kind' | 'id'>, tokenHash: string): Promise<boolean> {
  const update = new Update().append('tokenHashes', [tokenHash]);
  return updateItem(submissionKey(submission), update, `${update.name('status')} = ${update.value('unconfirmed')}`);
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
