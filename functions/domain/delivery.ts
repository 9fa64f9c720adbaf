/**
 * Every message a submission sends, whatever its kind: the confirm link to its sender, the
 * submission to each recipient, the news of a withdrawal. Each is a delivery stored with the
 * state change that causes it (store/delivery.ts: the outbox), tried at once by the request and
 * otherwise by the sweeper, which sends whatever is due: what a crash left unsent, and what failed,
 * after a growing wait, until it is sent or given up after its last try. One failing recipient
 * never holds back another.
 */
import { sendMail, type Mail } from '../mail/index.ts';
import { config } from '../config.ts';
import { dueForDelivery, recordDeliveries, undelivered, type Delivery, type Recipient } from '../store/delivery.ts';
import type { SignalRecipient } from '../store/signal.ts';
import { claimDeliveries, getSubmission, addTokenHash, submissionKey, type Submission } from '../store/submission.ts';
import { epochSeconds } from '../store/table.ts';
import { confirmMail, routedMail, withdrawnMail } from './loi-mail.ts';
import { needsConfirmMail, signalMail } from './signal-mail.ts';
import { updateMail } from './case-mail.ts';
import { syncInbox } from './inbox.ts';
import { hashToken, newToken } from './tokens.ts';
import { logError } from '../log.ts';

const unsent = { channel: 'epost', state: 'pending', attempts: 0 } as const;

/** The confirm link's delivery, to the sender of a submission. */
export const confirmDelivery = (recipient: { organisation: string; address: string }): Record<string, Delivery> => ({
  confirm: { purpose: 'confirm', recipient, ...unsent },
});

/** The submission as it is now, into the inbox entries of the organisations that see it: with every change they show. */
export const inboxDelivery = (): Record<string, Delivery> => ({
  inbox: { purpose: 'inbox', channel: 'inbox', state: 'pending', attempts: 0 },
});

/** News of the change at `event` in the audit trail, to the one who sent the submission. */
export const updateDelivery = (recipient: { organisation: string; address: string }, event: number): Record<string, Delivery> => ({
  [`update-${event}`]: { purpose: 'update', recipient, event, ...unsent },
});

/** A delivery of `purpose` to each recipient. */
export const recipientDeliveries = (purpose: 'routed' | 'withdrawn', recipients: readonly Recipient[]): Record<string, Delivery> =>
  Object.fromEntries(recipients.map((recipient, i) => [`${purpose}-${i}`, { purpose, recipient, ...unsent }]));

/** A routed signal or complaint to each recipient the routing table gave, and into the staff's inboxes. */
export const routedDeliveries = (recipients: readonly SignalRecipient[]): Record<string, Delivery> => ({
  ...inboxDelivery(),
  ...recipientDeliveries(
    'routed',
    recipients.map(({ organisation, roll, adress }) => ({ organisation, role: roll, address: adress })),
  ),
});

const dueDeliveries = (submission: Submission, now: Date) =>
  Object.entries(submission.deliveries).filter(([, d]) => d.state === 'pending' && (d.nextAttemptAt ?? 0) <= epochSeconds(now));

/**
 * Tries every delivery of the submission that is pending and due, records the results and
 * schedules the next try of those that failed. Another sender busy with them (the sweeper, a
 * retried request) is left to it. `token` is the private link's token, known only to the request
 * that made it; a confirm mail sent later carries a new link. `stored` says that this request has
 * just stored the submission, with the lease on its deliveries (store/delivery.ts, newDeliveries).
 */
export async function deliverDue<S extends Submission>(
  submission: S,
  { now = new Date(), token, stored = false }: { now?: Date; token?: string; stored?: boolean } = {},
): Promise<S> {
  if (dueDeliveries(submission, now).length === 0) return submission;
  const claimed = stored
    ? { submission, version: undefined }
    : await claimDeliveries(submission, epochSeconds(now), config.deliveryLeaseSeconds);
  if (!claimed) return submission;
  const current = claimed.submission as S;
  const due = dueDeliveries(current, now);
  const tried = Object.fromEntries(await Promise.all(due.map(async ([id, d]) => [id, await attempt(current, d, now, token)] as const)));
  const deliveries = { ...current.deliveries, ...tried };
  const waiting = Object.values(deliveries).flatMap((d) =>
    d.state === 'pending' && d.nextAttemptAt !== undefined ? [d.nextAttemptAt] : [],
  );
  const key = submissionKey(current);
  if (await recordDeliveries(key, tried, waiting.length > 0 ? Math.min(...waiting) : undefined, claimed.version))
    return { ...current, deliveries };
  // Deliveries were added while these were sent (a withdrawal right after the confirmation): those too.
  return deliverDue((await getSubmission(key)) as S, { now });
}

async function attempt(submission: Submission, delivery: Delivery, now: Date, token: string | undefined): Promise<Delivery> {
  const { nextAttemptAt: _next, error: _error, ...previous } = delivery;
  const error = delivery.purpose === 'inbox' ? await putInInbox(submission) : await mailOf(submission, delivery, token);
  if (error === needless) return { ...previous, state: 'sent' };
  const tried = { ...previous, attempts: delivery.attempts + 1, lastAttemptAt: now.toISOString() };
  if (!error) return { ...tried, state: 'sent' };
  const wait = config.deliveryRetrySeconds[tried.attempts - 1];
  if (wait === undefined) return { ...tried, state: 'failed', error };
  return { ...tried, state: 'pending', error, nextAttemptAt: epochSeconds(now) + wait };
}

const needless = Symbol('needless');

/** Sends the delivery's mail: the error, if any; `needless` for a confirm link that is no longer needed. */
async function mailOf(submission: Submission, delivery: Exclude<Delivery, { purpose: 'inbox' }>, token: string | undefined) {
  const mail = await messageOf(submission, delivery, token);
  // A confirm link the sender has used has reached them.
  if (!mail) return needless;
  return send(mail, submission.kind, delivery.purpose);
}

async function putInInbox(submission: Submission): Promise<string | undefined> {
  try {
    await syncInbox(submission);
    return undefined;
  } catch (error) {
    logError({ message: 'inbox entries failed', kind: submission.kind, error: String(error) });
    return String(error);
  }
}

/** The message of a delivery; none for a confirm link that is no longer needed. */
async function messageOf(
  submission: Submission,
  delivery: Exclude<Delivery, { purpose: 'inbox' }>,
  token: string | undefined,
): Promise<Mail | undefined> {
  if (delivery.purpose === 'update')
    return updateMail(submission, submission.events[delivery.event]!, delivery.recipient, await newStatusLink(submission));
  if (delivery.purpose !== 'confirm') {
    if (submission.kind !== 'loi') return signalMail(submission, delivery.recipient);
    return delivery.purpose === 'routed' ? routedMail(submission, delivery.recipient) : withdrawnMail(submission, delivery.recipient);
  }
  if (submission.kind === 'brist' || submission.kind === 'complaint')
    throw new Error(`A ${submission.kind} has no confirm link (${submission.reference})`);
  const link = token ?? (await newLinkToken(submission));
  if (link === undefined) return undefined;
  return submission.kind === 'loi' ? confirmMail(submission, link) : needsConfirmMail(submission, link);
}

/**
 * A new token for a confirm mail sent again: no token is stored, only hashes. Undefined once the
 * submission is confirmed, for then a link has reached the sender.
 */
async function newLinkToken(submission: Submission): Promise<string | undefined> {
  if (submission.status !== 'unconfirmed') return undefined;
  const token = newToken();
  return (await addTokenHash(submission, hashToken(token))) ? token : undefined;
}

/** A new private link for news of a change to an LOI: every link mailed opens it. */
async function newStatusLink(submission: Submission): Promise<string | undefined> {
  if (submission.kind !== 'loi') return undefined;
  const token = newToken();
  await addTokenHash(submission, hashToken(token), { whatever: true });
  return token;
}

/** Sends one message; the error, if any, is logged (an alarm counts these lines) and returned. */
async function send(mail: Mail, kind: Submission['kind'], purpose: Delivery['purpose']): Promise<string | undefined> {
  try {
    await sendMail(mail);
    return undefined;
  } catch (error) {
    logError({ message: 'mail failed', kind, purpose, error: String(error) });
    return String(error);
  }
}

/**
 * The sweeper: sends what is due of every submission, whatever its kind: deliveries a crash left
 * unsent and failed ones whose wait is over. One that cannot be read holds back no other; the job
 * fails at the end, so that its alarm tells. Returns how many submissions were due.
 */
export async function sweepOutbox(now = new Date()): Promise<number> {
  const due = await dueForDelivery(epochSeconds(now));
  const failures: unknown[] = [];
  for (const key of due) {
    try {
      const submission = await getSubmission(key);
      if (submission) await deliverDue(submission, { now });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of ${due.length} submissions could not be delivered`);
  return due.length;
}

/** Every submission that has not reached all its recipients (none found, or a delivery given up), oldest first. */
export async function undeliveredSubmissions(): Promise<Submission[]> {
  const found = await Promise.all((await undelivered()).map(getSubmission));
  return found.filter((s): s is Submission => s !== undefined);
}
