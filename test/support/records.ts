/** Submissions' records as the store keeps them, for tests of the rules that read them. */
import { loiSchema } from '../../core/contracts/loi.ts';
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { validLoi } from '../../scripts/examples.ts';
import type { LoiRecord } from '../../functions/store/loi.ts';
import type { ComplaintRecord } from '../../functions/store/signal.ts';
import { complaintSchema } from '../../core/contracts/complaint.ts';

let ids = 0;

/** What every submission's record has, with a new id. */
export const common = (fa: string, status: 'unconfirmed' | 'received') => ({
  id: `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  reference: `X-2026-${ids}`,
  status,
  history: [{ status, at: '2026-11-20T09:00:00Z' }],
  fa,
  createdAt: '2026-11-20T09:00:00Z',
  expiresAt: 0,
  deliveries: {},
  events: [],
  handedTo: [],
  handedFrom: [],
});

/** An LOI from a workplace in `kommun`, sent to `supplier` (none while unconfirmed). */
export function loi(kommun: string, supplier: string, status: 'unconfirmed' | 'received' = 'received'): LoiRecord {
  const sent = status === 'received';
  return {
    kind: 'loi',
    ...common(faRegionOfKommun(kommun)!.kod, status),
    loi: loiSchema.parse({ ...validLoi(), arbetsplatsKommun: kommun }),
    tokenHashes: [''],
    recipients: sent ? [{ role: 'leverantor', organisation: `${supplier} AB`, supplier, address: `${supplier}@exempel.se` }] : [],
    unrouted: [],
  };
}

/** An anonymous complaint about `leverantor`'s `tjanst` from a participant in `kommun`. */
export function complaint(kommun: string, leverantor: string, tjanst: 'rusta-och-matcha' | 'kundval-kommun'): ComplaintRecord {
  return {
    kind: 'complaint',
    ...common(faRegionOfKommun(kommun)!.kod, 'received'),
    content: complaintSchema.parse({ leverantor, tjanst, kommun, amne: 'tider', beskrivning: 'Mötena blev inställda.' }),
    recipients: [],
  };
}
