/**
 * What happens to a Letter of Intent: submitted (unconfirmed), confirmed by the link in the
 * e-mail and routed, followed on its status page, withdrawn.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Loi } from '../contracts/loi.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { sendMail, type Mail } from '../mail/index.ts';
import { faRegionOfKommun } from '../reference/index.ts';
import { nextNumber } from '../store/counter.ts';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey, type StoredResponse } from '../store/idempotency.ts';
import { addDeliveries, createLoi, getLoi, transitionLoi, type Delivery, type LoiRecord, type LoiStatus } from '../store/loi.ts';
import { HttpProblem } from '../http/respond.ts';
import { matchingInterventions, type Match } from './matching.ts';
import { routeFromKommun } from './routing.ts';
import { hashToken, newToken, tokenMatches } from './tokens.ts';
import { confirmMail, routedMail, withdrawnMail } from './loi-mail.ts';

const hour = 60 * 60;
/** An LOI nobody confirms is deleted after 72 hours. */
export const unconfirmedSeconds = 72 * hour;
/** A confirmed LOI's personal data is kept two years: long enough for a jobbspår to run its course. */
export const confirmedSeconds = 2 * 365 * 24 * hour;

const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface Submitted {
  id: string;
  reference: string;
  status: LoiStatus;
}

/**
 * Stores a new LOI and e-mails its private link. The same idempotency key with the same LOI
 * answers as the first time and stores nothing more; with another LOI it is a conflict.
 */
export async function submitLoi(loi: Loi, idempotencyKey: string): Promise<StoredResponse> {
  const requestHash = createHash('sha256').update(JSON.stringify(loi)).digest('hex');
  const claim = await claimIdempotencyKey(idempotencyKey, requestHash);
  if (claim.kind === 'replay') return claim.response;
  if (claim.kind === 'conflict')
    throw new HttpProblem(409, 'Nyckeln är redan använd', [
      { path: 'Idempotency-Key', message: 'Samma Idempotency-Key har redan använts för en annan avsiktsförklaring' },
    ]);
  if (claim.kind === 'in-progress')
    throw new HttpProblem(409, 'Avsiktsförklaringen tas redan emot', [
      { path: 'Idempotency-Key', message: 'En förfrågan med samma nyckel behandlas just nu; försök igen om en stund' },
    ], undefined, { 'Retry-After': '2' });
  try {
    const response = await storeAndNotify(loi);
    await completeIdempotencyKey(idempotencyKey, response);
    return response;
  } catch (error) {
    await releaseIdempotencyKey(idempotencyKey).catch(() => undefined);
    throw error;
  }
}

async function storeAndNotify(loi: Loi): Promise<StoredResponse> {
  const now = new Date();
  const year = now.getUTCFullYear();
  const id = randomUUID();
  const token = newToken();
  const reference = `LOI-${year}-${String(await nextNumber('LOI', year)).padStart(6, '0')}`;
  const record: LoiRecord = {
    id,
    reference,
    status: 'unconfirmed',
    history: [{ status: 'unconfirmed', at: now.toISOString() }],
    loi,
    fa: faRegionOfKommun(loi.arbetsplatsKommun)!.kod,
    tokenHash: hashToken(token),
    createdAt: now.toISOString(),
    expiresAt: nowSeconds() + unconfirmedSeconds,
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

export const submittedPath = (id: string) => `/arbetsgivare/avsiktsforklaring/skickad/?id=${encodeURIComponent(id)}`;
export const statusPath = (id: string, token: string) =>
  `/arbetsgivare/avsiktsforklaring/status/?id=${encodeURIComponent(id)}&token=${encodeURIComponent(token)}`;

/** The LOI behind a private link; a wrong token is answered like an unknown id. */
export async function openLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = /^[0-9a-f-]{36}$/.test(id) ? await getLoi(id) : undefined;
  if (!record || !token || !tokenMatches(token, record.tokenHash))
    throw new HttpProblem(404, 'Avsiktsförklaringen finns inte', [
      { path: 'id', message: 'Länken stämmer inte, eller så har avsiktsförklaringen tagits bort. Obekräftade avsiktsförklaringar tas bort efter 72 timmar.' },
    ]);
  return record;
}

/** The public part of a submitted LOI, for the page shown right after submission. */
export async function submittedLoi(id: string): Promise<{ record: Pick<LoiRecord, 'reference' | 'fa'> & { ssyk: string[] }; matches: Match[] }> {
  const record = /^[0-9a-f-]{36}$/.test(id) ? await getLoi(id) : undefined;
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
    expiresAt: nowSeconds() + confirmedSeconds,
    recipients: routing.recipients,
    unrouted: routing.unrouted,
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

/** Sends one message and records how it went; one failing recipient never stops the others. */
async function deliver(purpose: Delivery['purpose'], mail: Mail): Promise<Delivery> {
  const at = new Date().toISOString();
  try {
    await sendMail(mail);
    return { purpose, to: mail.to, state: 'sent', attempts: 1, at };
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', message: 'mail failed', purpose, error: String(error) }));
    return { purpose, to: mail.to, state: 'failed', attempts: 1, at, error: String(error) };
  }
}

/** What the employer sees of an LOI: everything but the token hash and the delivery log. */
export async function loiView(record: LoiRecord) {
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

export type LoiView = Awaited<ReturnType<typeof loiView>>;
