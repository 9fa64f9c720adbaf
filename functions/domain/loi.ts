/**
 * What happens to a Letter of Intent: submitted (unconfirmed), confirmed by the link in the
 * e-mail and routed, followed on its status page, withdrawn.
 */
import { randomUUID } from 'node:crypto';
import type { Loi } from '../../core/contracts/loi.ts';
import type { LoiStatus, LoiView, Match } from '../../core/contracts/loi-view.ts';
import { submittedPath } from '../../core/paths.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { nextReference } from '../store/counter.ts';
import type { StoredResponse } from '../store/idempotency.ts';
import { submitOnce } from './idempotent.ts';
import { deliver } from './delivery.ts';
import { addDeliveries, createLoi, getLoi, transitionLoi, type LoiRecord } from '../store/loi.ts';
import { demandAttributes } from '../store/demand.ts';
import { isRecordId } from '../store/records.ts';
import { HttpProblem } from '../http/respond.ts';
import { matchingInterventions } from './matching.ts';
import { routeFromKommun } from './routing.ts';
import { hashToken, newToken, tokenMatches } from './tokens.ts';
import { confirmMail, routedMail, withdrawnMail } from './loi-mail.ts';
import { confirmedSeconds, unconfirmedSeconds } from './retention.ts';
import { epochSeconds } from '../store/table.ts';

export interface Submitted {
  id: string;
  reference: string;
  status: LoiStatus;
}

/**
 * Stores a new LOI and e-mails its private link. The same idempotency key with the same LOI
 * answers as the first time and stores nothing more; with another LOI it is a conflict.
 */
export function submitLoi(loi: Loi, idempotencyKey: string): Promise<StoredResponse> {
  return submitOnce(idempotencyKey, loi, { another: 'en annan avsiktsförklaring', inProgress: 'Avsiktsförklaringen tas redan emot' }, () => storeAndNotify(loi));
}

async function storeAndNotify(loi: Loi): Promise<StoredResponse> {
  const now = new Date();
  const id = randomUUID();
  const token = newToken();
  const reference = await nextReference('LOI', now);
  const record: LoiRecord = {
    id,
    reference,
    status: 'unconfirmed',
    history: [{ status: 'unconfirmed', at: now.toISOString() }],
    loi,
    fa: faRegionOfKommun(loi.arbetsplatsKommun)!.kod,
    tokenHash: hashToken(token),
    createdAt: now.toISOString(),
    expiresAt: epochSeconds() + unconfirmedSeconds,
    recipients: [],
    unrouted: [],
    deliveries: [],
  };
  await createLoi(record);
  await addDeliveries(id, [await deliver('confirm', confirmMail(record, token))]);
  const body: Submitted & { links: { submitted: string } } = {
    id,
    reference,
    status: 'unconfirmed',
    links: { submitted: submittedPath(id) },
  };
  return { status: 201, body };
}

/** The LOI behind a private link; a wrong token is answered like an unknown id. */
export async function openLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = isRecordId(id) ? await getLoi(id) : undefined;
  if (!record || !token || !tokenMatches(token, record.tokenHash))
    throw new HttpProblem(404, 'Avsiktsförklaringen finns inte', [
      { path: 'id', message: 'Länken stämmer inte, eller så har avsiktsförklaringen tagits bort. Obekräftade avsiktsförklaringar tas bort efter 72 timmar.' },
    ]);
  return record;
}

/** The public part of a submitted LOI, for the page shown right after submission. */
export async function submittedLoi(id: string): Promise<{ record: Pick<LoiRecord, 'reference' | 'fa'> & { ssyk: string[] }; matches: Match[] }> {
  const record = isRecordId(id) ? await getLoi(id) : undefined;
  if (!record) throw new HttpProblem(404, 'Avsiktsförklaringen finns inte', [{ path: 'id', message: 'Det finns ingen avsiktsförklaring med den adressen' }]);
  const ssyk = record.loi.behov.yrken.map((y) => y.ssyk);
  return { record: { reference: record.reference, fa: record.fa, ssyk }, matches: await matchesFor(record) };
}

export async function matchesFor(record: LoiRecord): Promise<Match[]> {
  return matchingInterventions(await publishedCatalogue(), record.fa, record.loi.behov.yrken.map((y) => y.ssyk));
}

/** Confirms the e-mail address and routes the LOI. Confirming twice changes nothing. */
export async function confirmLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = await openLoi(id, token);
  if (record.status !== 'unconfirmed') return record;
  const routing = routeFromKommun(await publishedCatalogue(), record.loi.arbetsplatsKommun);
  const confirmed = await transitionLoi(id, ['unconfirmed'], 'received', {
    expiresAt: epochSeconds() + confirmedSeconds,
    recipients: routing.recipients,
    unrouted: routing.unrouted,
    ...demandAttributes({ kind: 'loi', fa: record.fa, ssyk: record.loi.behov.yrken.map((y) => y.ssyk), count: record.loi.behov.antal }, id),
  });
  if (!confirmed) return (await getLoi(id))!; // confirmed by a parallel click
  const deliveries = await Promise.all(routing.recipients.map((recipient) => deliver('routed', routedMail(confirmed, recipient))));
  await addDeliveries(id, deliveries);
  return { ...confirmed, deliveries: [...confirmed.deliveries, ...deliveries] };
}

const withdrawable: readonly LoiStatus[] = ['unconfirmed', 'received', 'handled', 'planned'];

export async function withdrawLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = await openLoi(id, token);
  if (record.status === 'withdrawn') return record;
  if (!withdrawable.includes(record.status))
    throw new HttpProblem(409, 'Avsiktsförklaringen är avslutad', [{ path: 'id', message: 'En avslutad avsiktsförklaring kan inte dras tillbaka' }]);
  const withdrawn = await transitionLoi(id, withdrawable, 'withdrawn');
  if (!withdrawn) return (await getLoi(id))!;
  const deliveries = await Promise.all(withdrawn.recipients.map((recipient) => deliver('withdrawn', withdrawnMail(withdrawn, recipient))));
  await addDeliveries(id, deliveries);
  return { ...withdrawn, deliveries: [...withdrawn.deliveries, ...deliveries] };
}

/** What the employer sees of an LOI: everything but the token hash and the delivery log. */
export async function loiView(record: LoiRecord): Promise<LoiView> {
  return {
    id: record.id,
    reference: record.reference,
    status: record.status,
    history: record.history,
    fa: record.fa,
    createdAt: record.createdAt,
    loi: record.loi,
    recipients: record.recipients.map(({ role, organisation }) => ({ role, organisation })),
    unrouted: record.unrouted,
    matches: await matchesFor(record),
  };
}

