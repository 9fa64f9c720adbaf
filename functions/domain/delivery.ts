/**
 * Sending a submission on. An LOI's messages are sent once and logged. A signal's recipients each
 * have a delivery state of their own: tried at once, and when one fails it is tried again later
 * (by the retry job) while the others are done.
 */
import { sendMail, type Mail } from '../mail/index.ts';
import type { Delivery } from '../store/loi.ts';
import { getSignal, dueForRetry, recordDelivery, scheduleRetry, type RecipientDelivery, type SignalRecipient, type SignalRecord } from '../store/signal.ts';
import { signalMail } from './signal-mail.ts';
import { epochSeconds } from '../store/table.ts';

/** Sends one message; the error, if any, is logged (an alarm counts these lines) and returned. */
async function send(mail: Mail, purpose: string): Promise<string | undefined> {
  try {
    await sendMail(mail);
    return undefined;
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', message: 'mail failed', purpose, error: String(error) }));
    return String(error);
  }
}

/** Sends one message and records how it went; one failing recipient never stops the others. */
export async function deliver(purpose: Delivery['purpose'], mail: Mail): Promise<Delivery> {
  const at = new Date().toISOString();
  const error = await send(mail, purpose);
  return error ? { purpose, to: mail.to, state: 'failed', attempts: 1, at, error } : { purpose, to: mail.to, state: 'sent', attempts: 1, at };
}

/** Minutes to wait after the n-th failed try; after the last, the delivery is given up and shown as failed. */
const retryMinutes = [1, 5, 15, 60, 240, 720, 1440];

export const pendingDelivery = (): RecipientDelivery => ({ state: 'pending', attempts: 0 });

/**
 * Tries every recipient of the signal whose delivery is pending and due, records each result on
 * its own, and schedules the next try for those that failed.
 */
export async function deliverSignal(record: SignalRecord, now = new Date()): Promise<SignalRecord> {
  const due = record.recipients.filter((r) => {
    const d = record.deliveries[r.id];
    return d?.state === 'pending' && (d.nextAttemptAt ?? 0) <= epochSeconds(now);
  });
  const results = await Promise.all(due.map(async (recipient) => [recipient.id, await attempt(record, recipient, record.deliveries[recipient.id]!, now)] as const));
  const deliveries = { ...record.deliveries, ...Object.fromEntries(results) };
  const next = Object.values(deliveries).flatMap((d) => (d.state === 'pending' && d.nextAttemptAt !== undefined ? [d.nextAttemptAt] : []));
  await scheduleRetry(record.id, next.length > 0 ? Math.min(...next) : undefined);
  return { ...record, deliveries };
}

async function attempt(record: SignalRecord, recipient: SignalRecipient, previous: RecipientDelivery, now: Date): Promise<RecipientDelivery> {
  const error = await send(signalMail(record, recipient), record.kind);
  const attempts = previous.attempts + 1;
  const lastAttemptAt = now.toISOString();
  const delivery: RecipientDelivery = error
    ? attempts > retryMinutes.length
      ? { state: 'failed', attempts, lastAttemptAt, error }
      : { state: 'pending', attempts, lastAttemptAt, error, nextAttemptAt: epochSeconds(now) + retryMinutes[attempts - 1]! * 60 }
    : { state: 'sent', attempts, lastAttemptAt };
  await recordDelivery(record.id, recipient.id, delivery);
  return delivery;
}

/** The retry job: every signal with a delivery due is tried again. Returns how many were tried. */
export async function retryDueDeliveries(now = new Date()): Promise<number> {
  const ids = await dueForRetry(epochSeconds(now));
  for (const id of ids) {
    const record = await getSignal(id);
    if (record) await deliverSignal(record, now);
  }
  return ids.length;
}
