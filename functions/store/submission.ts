/**
 * Any submission (an LOI, a needs signal, a gap report), read by its item's key: what the
 * delivery jobs work on, whatever the kind.
 */
import * as z from 'zod';
import { loiRecordSchema } from './loi.ts';
import { getItem, Update, updateItem } from './records.ts';
import { gapRecordSchema, needsRecordSchema } from './signal.ts';
import { keys, type ItemKey } from './table.ts';

const submissionSchema = z.discriminatedUnion('kind', [loiRecordSchema, needsRecordSchema, gapRecordSchema]);

export type Submission = z.infer<typeof submissionSchema>;

export const submissionKey = ({ kind, id }: Pick<Submission, 'kind' | 'id'>) => (kind === 'loi' ? keys.loi(id) : keys.signal(id));

export const getSubmission = (key: ItemKey) => getItem(key, submissionSchema);

/**
 * Replaces the hash of an unconfirmed submission's private link, for a new link sent in its
 * place. False when it is no longer unconfirmed: its link has been used.
 */
export function renewTokenHash(submission: Pick<Submission, 'kind' | 'id'>, tokenHash: string): Promise<boolean> {
  const update = new Update().set({ tokenHash });
  return updateItem(submissionKey(submission), update, `${update.name('status')} = ${update.value('unconfirmed')}`);
}
