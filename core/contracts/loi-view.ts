/**
 * What `GET /api/loi/{id}` answers and the status page shows: the LOI as the employer sees it,
 * without the token hash and the delivery log.
 */
import type { Loi } from './loi.ts';
import type { allocationRules } from '../catalogue/vocabulary.ts';

export const loiStatuses = ['unconfirmed', 'received', 'handled', 'planned', 'closed', 'withdrawn'] as const;
export type LoiStatus = (typeof loiStatuses)[number];

/** Whether an LOI in `status` can still be withdrawn: until it is closed. */
export const canWithdraw = (status: LoiStatus) => status !== 'closed' && status !== 'withdrawn';

export const recipientRoles = ['leverantor', 'kommun', 'arbetsformedlingen'] as const;
type RecipientRole = (typeof recipientRoles)[number];

/** A catalogue intervention in the employer's FA-region that leads to one of the LOI's occupation groups. */
export interface Match {
  slug: string;
  titel: string;
  typ: string;
  /** The intervention's page, as a path on the site. */
  url: string;
  /** The LOI's SSYK codes the intervention leads to. */
  ssyk: string[];
}

export interface LoiView {
  id: string;
  reference: string;
  status: LoiStatus;
  history: { status: LoiStatus; at: string }[];
  fa: string;
  createdAt: string;
  loi: Loi;
  /** `supplier` is a jobbspår supplier's slug in the catalogue. */
  recipients: { role: RecipientRole; organisation: string; supplier?: string }[];
  /** Roles that had no contact in the catalogue when the LOI was routed. */
  unrouted: RecipientRole[];
  /** How the LOI was allocated to its supplier, once it was: by the region's rule, and in turn, which turn. */
  allocation?: { rule: (typeof allocationRules)[number]; turn?: number };
  matches: Match[];
  /** The person responsible for the LOI, whom the employer can turn to (§10 of the jobbspår report). */
  responsible?: { name?: string; organisationName: string; email: string; phone?: string };
  /** The staff's messages to the employer, oldest first; `from` is "name, organisation". */
  messages: { at: string; from: string; text: string }[];
  /** Why the LOI was closed, once it was: one of the closing reasons. */
  closedBecause?: string;
  /** The jobbspår the LOI is part of, once the public may read it. */
  jobbspar?: { id: string; name: string };
}
