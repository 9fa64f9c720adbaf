/**
 * How every submission begins, whatever its kind. One its sender must confirm (an LOI, a needs
 * signal) is stored with the hash of a new private link and a confirm delivery, which is tried at
 * once: the token itself goes only into that mail.
 */
import { randomUUID } from 'node:crypto';
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { nextReference } from '../store/counter.ts';
import type { LoiRecord } from '../store/loi.ts';
import type { NeedsRecord } from '../store/signal.ts';
import { epochSeconds } from '../store/table.ts';
import { confirmDelivery, deliverDue } from './delivery.ts';
import { confirmedSeconds, unconfirmedSeconds } from './retention.ts';
import { hashToken, newToken } from './tokens.ts';

/** The attributes of a new submission in its first status, its personal data kept as long as that status allows. */
export async function newSubmission<S extends 'unconfirmed' | 'received'>(referencePrefix: string, status: S, now: Date) {
  return {
    id: randomUUID(),
    reference: await nextReference(referencePrefix, now),
    status,
    history: [{ status, at: now.toISOString() }],
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + (status === 'unconfirmed' ? unconfirmedSeconds : confirmedSeconds),
  };
}

/** What an employer's submission says of its sender and its workplace. */
interface FromEmployer {
  organisation: { namn: string };
  kontakt: { epost: string };
  arbetsplatsKommun: string;
}

/**
 * Stores a new submission that its sender must confirm, and e-mails them its private link.
 * `complete` adds what is the kind's own to the attributes all such submissions have.
 */
export async function submitUnconfirmed<R extends LoiRecord | NeedsRecord>(
  referencePrefix: string,
  sent: FromEmployer,
  store: (record: R) => Promise<void>,
  complete: (common: UnconfirmedAttributes) => R,
): Promise<Pick<R, 'id' | 'reference' | 'status'>> {
  const now = new Date();
  const token = newToken();
  const record = complete(await unconfirmedAttributes(referencePrefix, sent, hashToken(token), now));
  await store(record);
  await deliverDue(record, { now, token });
  return { id: record.id, reference: record.reference, status: record.status };
}

type UnconfirmedAttributes = Awaited<ReturnType<typeof unconfirmedAttributes>>;

async function unconfirmedAttributes(referencePrefix: string, sent: FromEmployer, tokenHash: string, now: Date) {
  return {
    ...(await newSubmission(referencePrefix, 'unconfirmed', now)),
    fa: faRegionOfKommun(sent.arbetsplatsKommun)!.kod,
    tokenHash,
    recipients: [],
    deliveries: confirmDelivery({ organisation: sent.organisation.namn, address: sent.kontakt.epost }),
  };
}
