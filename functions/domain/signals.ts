/**
 * What happens to the two signals about a missing offer. A needs signal is stored unconfirmed,
 * confirmed from the link in the employer's e-mail (as an LOI is) and then routed; a gap report
 * comes from a supplier's key and is routed at once. Both go to the recipients the routing table
 * names; one with none is kept and listed as unrouted.
 */
import { randomUUID } from 'node:crypto';
import type { Gap, Needs } from '../../core/contracts/signals.ts';
import { gapSentPath, needsSentPath } from '../../core/paths.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { HttpProblem } from '../http/respond.ts';
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { nextReference } from '../store/counter.ts';
import { demandAttributes } from '../store/demand.ts';
import { isRecordId } from '../store/records.ts';
import type { StoredResponse } from '../store/idempotency.ts';
import type { SupplierKey } from '../store/keys.ts';
import { confirmSignal, createSignal, getSignal, unroutedIds, type GapRecord, type NeedsRecord, type SignalRecipient, type SignalRecord } from '../store/signal.ts';
import { deliver, deliverSignal, pendingDelivery } from './delivery.ts';
import { submitOnce } from './idempotent.ts';
import { confirmedSeconds, unconfirmedSeconds } from './retention.ts';
import { epochSeconds } from '../store/table.ts';
import { routeSignal } from './routing.ts';
import { needsConfirmMail } from './signal-mail.ts';
import { hashToken, newToken, tokenMatches } from './tokens.ts';


const pending = (recipients: SignalRecipient[]) => Object.fromEntries(recipients.map((r) => [r.id, pendingDelivery()]));

const ssykOf = (yrken: readonly { ssyk: string }[]) => yrken.map((y) => y.ssyk);

export function submitNeeds(needs: Needs, idempotencyKey: string): Promise<StoredResponse> {
  return submitOnce(idempotencyKey, needs, { another: 'en annan behovssignal', inProgress: 'Behovssignalen tas redan emot' }, async () => {
    const now = new Date();
    const token = newToken();
    const record: NeedsRecord = {
      kind: 'behov',
      id: randomUUID(),
      reference: await nextReference('BEHOV', now),
      status: 'unconfirmed',
      history: [{ status: 'unconfirmed', at: now.toISOString() }],
      fa: faRegionOfKommun(needs.arbetsplatsKommun)!.kod,
      createdAt: now.toISOString(),
      expiresAt: epochSeconds() + unconfirmedSeconds,
      content: needs,
      tokenHash: hashToken(token),
      recipients: [],
      deliveries: {},
    };
    await createSignal(record);
    await deliver('confirm', needsConfirmMail(record, token));
    return { status: 201, body: { id: record.id, reference: record.reference, status: record.status, links: { submitted: needsSentPath } } };
  });
}

/** The needs signal behind a confirm link; a wrong token is answered like an unknown id. */
export async function openNeeds(id: string, token: string | undefined): Promise<NeedsRecord> {
  const record = isRecordId(id) ? await getSignal(id) : undefined;
  if (record?.kind !== 'behov' || !token || !tokenMatches(token, record.tokenHash))
    throw new HttpProblem(404, 'Behovssignalen finns inte', [
      { path: 'id', message: 'Länken stämmer inte, eller så har signalen tagits bort. Obekräftade signaler tas bort efter 72 timmar.' },
    ]);
  return record;
}

/** Confirms the e-mail address and routes the signal. Confirming twice changes nothing. */
export async function confirmNeeds(id: string, token: string | undefined): Promise<NeedsRecord> {
  const record = await openNeeds(id, token);
  if (record.status !== 'unconfirmed') return record;
  const recipients = routeSignal((await publishedCatalogue()).routning, 'behov', { fa: record.fa, kommun: record.content.arbetsplatsKommun });
  const confirmed = await confirmSignal(id, {
    recipients,
    deliveries: pending(recipients),
    expiresAt: epochSeconds() + confirmedSeconds,
    ...demandAttributes({ kind: 'behov', fa: record.fa, ssyk: ssykOf(record.content.behov.yrken), count: 1 }, id),
  });
  if (!confirmed) return (await getSignal(id)) as NeedsRecord; // confirmed by a parallel click
  return (await deliverSignal(confirmed)) as NeedsRecord;
}

/** A gap report from the supplier whose key it is: only for an FA-region the key covers. */
export async function submitGap(gap: Gap, key: SupplierKey, idempotencyKey: string): Promise<StoredResponse> {
  if (!key.faRegions.includes(gap.faRegion))
    throw new HttpProblem(403, 'Fel region för nyckeln', [
      { path: 'faRegion', message: `Er nyckel gäller bara FA-region ${key.faRegions.join(', ')}: där har ni avtal` },
    ]);
  const catalogue = await publishedCatalogue();
  const unknown = gap.insatser.flatMap((c, i) => (c.insats && !catalogue.insatser.some((insats) => insats.slug === c.insats) ? [i] : []));
  if (unknown.length > 0)
    throw new HttpProblem(422, 'Bristrapporten har fel', unknown.map((i) => ({ path: `insatser.${i}.insats`, message: 'Välj en insats som finns i katalogen' })));
  return submitOnce(idempotencyKey, { gap, supplier: key.supplier }, { another: 'en annan bristrapport', inProgress: 'Bristrapporten tas redan emot' }, async () => {
    const now = new Date();
    const recipients = routeSignal(catalogue.routning, 'brist', { fa: gap.faRegion });
    const record: GapRecord = {
      kind: 'brist',
      id: randomUUID(),
      reference: await nextReference('BRIST', now),
      status: 'received',
      history: [{ status: 'received', at: now.toISOString() }],
      fa: gap.faRegion,
      createdAt: now.toISOString(),
      expiresAt: epochSeconds() + confirmedSeconds,
      content: gap,
      supplier: key.supplier,
      recipients,
      deliveries: pending(recipients),
    };
    await createSignal(record, demandAttributes({ kind: 'brist', fa: record.fa, ssyk: ssykOf(gap.profil.yrken), count: 1 }, record.id, now));
    await deliverSignal(record);
    const body = { id: record.id, reference: record.reference, status: record.status, recipients: recipients.map(({ organisation, roll }) => ({ organisation, roll })), links: { submitted: gapSentPath } };
    return { status: 201, body };
  });
}

/** Every submission that has not reached all its recipients, oldest first (`npm run unrouted`). */
export async function unroutedSignals(): Promise<SignalRecord[]> {
  const records = await Promise.all((await unroutedIds()).map(getSignal));
  return records.filter((r): r is SignalRecord => r !== undefined);
}
