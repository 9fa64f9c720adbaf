/**
 * A participant's complaint about a supplier (synpunkter och klagomål): checked against the
 * catalogue, stored, and sent at once by the routing table's "klagomal" entries for the kommun
 * where the participant takes part: to Arbetsförmedlingen, and to the kommun only for its own
 * customer choice (kundval-kommun). Never to the supplier, and never published one by one.
 */
import type { Complaint } from '../../core/contracts/complaint.ts';
import { getKommun } from '../../core/reference/index.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { createSignal, type ComplaintRecord } from '../store/signal.ts';
import { routedDeliveries } from './delivery.ts';
import { Invalid } from './errors.ts';
import { routeSignal } from './routing.ts';
import { newSubmission, storeOnce } from './submission.ts';

export type SubmittedComplaint = Pick<ComplaintRecord, 'id' | 'reference' | 'status'>;

/** Stores a complaint under `id` (see submission.ts) and sends it to its recipients. */
export async function submitComplaint(complaint: Complaint, id: string): Promise<SubmittedComplaint> {
  const catalogue = await publishedCatalogue();
  const supplier = catalogue.leverantorer.find((s) => s.slug === complaint.leverantor);
  if (!supplier) throw new Invalid('Synpunkten har fel', [{ path: 'leverantor', message: 'Välj en leverantör som finns i katalogen' }]);
  if (!supplier.tjanster.some((s) => s.tjanst === complaint.tjanst))
    throw new Invalid('Synpunkten har fel', [{ path: 'tjanst', message: `Välj en tjänst som ${supplier.namn} har avtal om` }]);
  const fa = getKommun(complaint.kommun)!.fa;
  const recipients = routeSignal(catalogue, 'klagomal', { fa, kommun: complaint.kommun }).filter(
    (r) => r.roll === 'arbetsformedlingen' || (r.roll === 'kommun' && complaint.tjanst === 'kundval-kommun'),
  );
  const now = new Date();
  const record = await storeOnce<ComplaintRecord>(
    'complaint',
    id,
    async () => ({
      kind: 'complaint',
      ...(await newSubmission(id, 'SYNPUNKT', 'received', now)),
      fa,
      content: complaint,
      recipients,
      deliveries: routedDeliveries(recipients),
    }),
    (made) => createSignal(made, now),
    { now },
  );
  return { id, reference: record.reference, status: record.status };
}
