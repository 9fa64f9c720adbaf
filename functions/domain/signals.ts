/**
 * What happens to the two signals about a missing offer. A needs signal is stored unconfirmed,
 * confirmed from the link in the employer's e-mail (as an LOI is) and then routed; a gap report
 * comes from a supplier's key and is routed at once. Both go to the recipients the routing table
 * names; one with none is kept and listed as unrouted.
 */
import type { Gap, Needs } from '../../core/contracts/signals.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { contributorId, countDemand } from '../store/demand.ts';
import { isRecordId } from '../store/records.ts';
import type { SupplierKey } from '../store/keys.ts';
import { confirmSignal, createSignal, getSignal, type GapRecord, type NeedsRecord } from '../store/signal.ts';
import { deliverDue, routedDeliveries } from './delivery.ts';
import { Forbidden, Invalid, NotFound } from './errors.ts';
import { confirmedSeconds } from './retention.ts';
import { epochSeconds } from '../store/table.ts';
import { routeSignal } from './routing.ts';
import { newSubmission, storeOnce, submitUnconfirmed } from './submission.ts';
import { tokenMatches } from './tokens.ts';

export type SubmittedNeeds = Pick<NeedsRecord, 'id' | 'reference' | 'status'>;
export type SubmittedGap = Pick<GapRecord, 'id' | 'reference' | 'status' | 'recipients'>;

const ssykOf = (yrken: readonly { ssyk: string }[]) => yrken.map((y) => y.ssyk);

/** Stores a new needs signal under `id` (see submission.ts) and e-mails its confirm link to the employer. */
export const submitNeeds = (needs: Needs, id: string): Promise<SubmittedNeeds> =>
  submitUnconfirmed<NeedsRecord>('behov', id, 'BEHOV', needs, createSignal, (common) => ({ kind: 'behov', ...common, content: needs }));

/** The needs signal behind a confirm link; a wrong token is answered like an unknown id. */
export async function openNeeds(id: string, token: string | undefined): Promise<NeedsRecord> {
  const record = isRecordId(id) ? await getSignal(id) : undefined;
  if (record?.kind !== 'behov' || !token || !tokenMatches(token, record.tokenHashes))
    throw new NotFound('Behovssignalen finns inte', [
      { path: 'id', message: 'Länken stämmer inte, eller så har signalen tagits bort. Obekräftade signaler tas bort efter 72 timmar.' },
    ]);
  return record;
}

/** Confirms the e-mail address and routes the signal. Confirming again changes nothing, but sends what is due. */
export async function confirmNeeds(id: string, token: string | undefined): Promise<NeedsRecord> {
  const record = await openNeeds(id, token);
  if (record.status !== 'unconfirmed') return deliverDue(record);
  const recipients = routeSignal(await publishedCatalogue(), 'behov', {
    fa: record.fa,
    kommun: record.content.arbetsplatsKommun,
  });
  const confirmed = await confirmSignal(
    id,
    {
      recipients,
      expiresAt: epochSeconds() + confirmedSeconds,
      ...countDemand(
        {
          kind: 'behov',
          fa: record.fa,
          ssyk: ssykOf(record.content.behov.yrken),
          count: 1,
          contributor: contributorId(record.content.organisation.organisationsnummer ?? record.content.kontakt.epost),
        },
        id,
      ),
    },
    routedDeliveries(recipients),
  );
  // Confirmed by a parallel click, which sends.
  return confirmed ? deliverDue(confirmed) : openNeeds(id, token);
}

/** A gap report, stored under `id` (see submission.ts), from the supplier whose key it is: only for an FA-region the key covers. */
export async function submitGap(gap: Gap, key: SupplierKey, id: string): Promise<SubmittedGap> {
  if (!key.faRegions.includes(gap.faRegion))
    throw new Forbidden('Fel region för nyckeln', [
      { path: 'faRegion', message: `Er nyckel gäller bara FA-region ${key.faRegions.join(', ')}: där har ni avtal` },
    ]);
  const catalogue = await publishedCatalogue();
  const unknown = gap.insatser.flatMap((c, i) => (c.insats && !catalogue.insatser.some((insats) => insats.slug === c.insats) ? [i] : []));
  if (unknown.length > 0)
    throw new Invalid(
      'Bristrapporten har fel',
      unknown.map((i) => ({ path: `insatser.${i}.insats`, message: 'Välj en insats som finns i katalogen' })),
    );
  const now = new Date();
  const recipients = routeSignal(catalogue, 'brist', { fa: gap.faRegion });
  const record = await storeOnce<GapRecord>(
    'brist',
    id,
    async () => ({
      kind: 'brist',
      ...(await newSubmission(id, 'BRIST', 'received', now)),
      fa: gap.faRegion,
      content: gap,
      supplier: key.supplier,
      recipients,
      deliveries: routedDeliveries(recipients),
    }),
    async (made) =>
      createSignal(
        made,
        now,
        countDemand(
          { kind: 'brist', fa: made.fa, ssyk: ssykOf(gap.profil.yrken), count: 1, contributor: contributorId(key.supplier) },
          id,
          now,
        ),
      ),
    { now },
  );
  return { id, reference: record.reference, status: record.status, recipients: record.recipients };
}
