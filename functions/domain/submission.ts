/**
 * How every submission begins, whatever its kind. One its sender must confirm (an LOI, a needs
 * signal) is stored with the hash of a new private link and a confirm delivery, which is tried at
 * once: the token itself goes only into that mail.
 *
 * A submission's id is given by the request that makes it (`requestId` of http/idempotency.ts),
 * the same for every retry of that request: a retry after a crash finds what the first run stored,
 * and never stores a second submission or mails a second link.
 */
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { nextReference } from '../store/counter.ts';
import type { LoiRecord } from '../store/loi.ts';
import type { NeedsRecord } from '../store/signal.ts';
import { getSubmission, submissionKey, type Submission } from '../store/submission.ts';
import { epochSeconds } from '../store/table.ts';
import { confirmDelivery, deliverDue } from './delivery.ts';
import { confirmedSeconds, unconfirmedSeconds } from './retention.ts';
import { hashToken, newToken } from './tokens.ts';

/** The attributes of a new submission in its first status, its personal data kept as long as that status allows. */
export async function newSubmission<S extends 'unconfirmed' | 'received'>(id: string, referencePrefix: string, status: S, now: Date) {
  return {
    id,
    reference: await nextReference(referencePrefix, now),
    status,
    history: [{ status, at: now.toISOString() }],
    createdAt: now.toISOString(),
    expiresAt: epochSeconds(now) + (status === 'unconfirmed' ? unconfirmedSeconds : confirmedSeconds),
    events: [],
    handedTo: [],
    handedFrom: [],
  };
}

/**
 * Stores the submission `make` makes, unless a run of the same request stored it before (and
 * stopped before its answer): then that one is answered, and what it left unsent is sent.
 * `store` is false when the id is taken. The new submission's deliveries are sent at once, under
 * the lease the store gave this request; `token` is the private link a confirm mail carries. The
 * store is tried first and read only when the id is taken: a retry after a crash, rare, then leaves
 * a gap in the reference numbers; every other submission saves a read.
 */
export async function storeOnce<R extends Submission>(
  kind: R['kind'],
  id: string,
  make: () => Promise<R>,
  store: (record: R) => Promise<boolean>,
  { now, token }: { now: Date; token?: string },
): Promise<R> {
  const record = await make();
  if (!(await store(record))) return deliverDue((await getSubmission(submissionKey({ kind, id }))) as R);
  await deliverDue(record, { now, token, stored: true });
  return record;
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
  kind: R['kind'],
  id: string,
  referencePrefix: string,
  sent: FromEmployer,
  store: (record: R, now: Date) => Promise<boolean>,
  complete: (common: UnconfirmedAttributes) => R,
): Promise<Pick<R, 'id' | 'reference' | 'status'>> {
  const now = new Date();
  const token = newToken();
  const { reference, status } = await storeOnce<R>(
    kind,
    id,
    async () => complete(await unconfirmedAttributes(id, referencePrefix, sent, hashToken(token), now)),
    (record) => store(record, now),
    { now, token },
  );
  return { id, reference, status };
}

type UnconfirmedAttributes = Awaited<ReturnType<typeof unconfirmedAttributes>>;

async function unconfirmedAttributes(id: string, referencePrefix: string, sent: FromEmployer, tokenHash: string, now: Date) {
  return {
    ...(await newSubmission(id, referencePrefix, 'unconfirmed', now)),
    fa: faRegionOfKommun(sent.arbetsplatsKommun)!.kod,
    tokenHashes: [tokenHash],
    recipients: [],
    deliveries: confirmDelivery({ organisation: sent.organisation.namn, address: sent.kontakt.epost }),
  };
}
