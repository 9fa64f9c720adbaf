/**
 * What happens to a Letter of Intent: submitted (unconfirmed), confirmed by the link in the
 * e-mail and routed, followed on its status page, withdrawn.
 */
import { publicJobbsparOfLoi } from './jobbspar.ts';
import type { Loi } from '../../core/contracts/loi.ts';
import { canWithdraw, type LoiView, type Match } from '../../core/contracts/loi-view.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { deliverDue, inboxDelivery, recipientDeliveries } from './delivery.ts';
import { organisationName } from './people.ts';
import { createLoi, getLoi, transitionLoi, type LoiRecord } from '../store/loi.ts';
import { contributorId, countDemand, withdrawDemand, type Counted } from '../store/demand.ts';
import { isRecordId } from '../store/records.ts';
import { Conflict, Invalid, NotFound } from './errors.ts';
import { matchingInterventions } from './matching.ts';
import { allocateSupplier, routeFromKommun, supplierChoiceErrors } from './routing.ts';
import { nextTurn } from '../store/counter.ts';
import { submitUnconfirmed } from './submission.ts';
import { tokenMatches } from './tokens.ts';
import { confirmedSeconds } from './retention.ts';
import { epochSeconds } from '../store/table.ts';

export type SubmittedLoi = Pick<LoiRecord, 'id' | 'reference' | 'status'>;

/**
 * Stores a new LOI under `id` (see submission.ts) and e-mails its private link to the contact;
 * first its choice of supplier must suit its region's rule.
 */
export async function submitLoi(loi: Loi, id: string): Promise<SubmittedLoi> {
  const errors = supplierChoiceErrors(await publishedCatalogue(), loi);
  if (errors.length > 0) throw new Invalid('Avsiktsförklaringen har fel', errors);
  return submitUnconfirmed<LoiRecord>('loi', id, 'LOI', loi, createLoi, (common) => ({ kind: 'loi', ...common, loi, unrouted: [] }));
}

/** The LOI behind a private link; a wrong token is answered like an unknown id. */
export async function openLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = isRecordId(id) ? await getLoi(id) : undefined;
  if (!record || !token || !tokenMatches(token, record.tokenHashes))
    throw new NotFound('Avsiktsförklaringen finns inte', [
      {
        path: 'id',
        message:
          'Länken stämmer inte, eller så har avsiktsförklaringen tagits bort. Obekräftade avsiktsförklaringar tas bort efter 72 timmar.',
      },
    ]);
  return record;
}

/** The public part of a submitted LOI, for the page shown right after submission. */
export async function submittedLoi(
  id: string,
): Promise<{ record: Pick<LoiRecord, 'reference' | 'fa'> & { ssyk: string[] }; matches: Match[] }> {
  const record = isRecordId(id) ? await getLoi(id) : undefined;
  if (!record)
    throw new NotFound('Avsiktsförklaringen finns inte', [{ path: 'id', message: 'Det finns ingen avsiktsförklaring med den adressen' }]);
  const ssyk = record.loi.behov.yrken.map((y) => y.ssyk);
  return { record: { reference: record.reference, fa: record.fa, ssyk }, matches: await matchesFor(record) };
}

export async function matchesFor(record: LoiRecord): Promise<Match[]> {
  return matchingInterventions(
    await publishedCatalogue(),
    record.fa,
    record.loi.behov.yrken.map((y) => y.ssyk),
  );
}

/**
 * Confirms the e-mail address and routes the LOI, to the supplier its region's rule allocates it
 * to. Confirming again changes nothing, but sends what is due: a retry after a crash gets the LOI
 * routed. (A confirmation that a parallel one got ahead of has taken a turn in vain: the region's
 * next LOI then goes one supplier further along, which shares them no less evenly.)
 */
export async function confirmLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = await openLoi(id, token);
  if (record.status !== 'unconfirmed') return deliverDue(record);
  const catalogue = await publishedCatalogue();
  const { supplier, allocation } = await allocateSupplier(catalogue, record.loi, nextTurn);
  const routing = routeFromKommun(catalogue, record.loi.arbetsplatsKommun, supplier);
  const confirmed = await transitionLoi(
    id,
    ['unconfirmed'],
    'received',
    {
      expiresAt: epochSeconds() + confirmedSeconds,
      recipients: routing.recipients,
      unrouted: routing.unrouted,
      ...(allocation && { allocation }),
      ...countDemand(loiDemand(record), id),
    },
    { ...recipientDeliveries('routed', routing.recipients), ...inboxDelivery() },
  );
  // Confirmed by a parallel click, which sends.
  return confirmed ? deliverDue(confirmed) : (await getLoi(id))!;
}

/** What the statistics count of an LOI: its positions, from its employer. */
const loiDemand = ({ fa, loi }: LoiRecord): Counted => ({
  kind: 'loi',
  fa,
  ssyk: loi.behov.yrken.map((y) => y.ssyk),
  count: loi.behov.antal,
  contributor: contributorId(loi.organisation.organisationsnummer ?? loi.kontakt.epost),
});

export async function withdrawLoi(id: string, token: string | undefined): Promise<LoiRecord> {
  const record = await openLoi(id, token);
  if (record.status === 'withdrawn') return deliverDue(record);
  if (!canWithdraw(record.status))
    throw new Conflict('Avsiktsförklaringen är avslutad', [
      { path: 'id', message: 'En avslutad avsiktsförklaring kan inte dras tillbaka' },
    ]);
  // Only from the status read, so the notices go to the recipients it has; moved meanwhile, it is read again.
  const counted = record.history.some((h) => h.status === 'received');
  const uncounted = counted ? withdrawDemand(loiDemand(record), id) : {};
  const withdrawn = await transitionLoi(id, [record.status], 'withdrawn', uncounted, {
    ...recipientDeliveries('withdrawn', record.recipients),
    ...(record.status === 'unconfirmed' ? {} : inboxDelivery()),
  });
  return withdrawn ? deliverDue(withdrawn) : withdrawLoi(id, token);
}

/** What the employer sees of an LOI: everything but the token hash, the deliveries and the staff's internal notes. */
export async function loiView(record: LoiRecord): Promise<LoiView> {
  // Only an LOI a jobbspår was planned from is part of one.
  const jobbspar = record.status === 'planned' || record.status === 'closed' ? await publicJobbsparOfLoi(record.id) : undefined;
  return {
    id: record.id,
    reference: record.reference,
    status: record.status,
    history: record.history,
    fa: record.fa,
    createdAt: record.createdAt,
    loi: record.loi,
    recipients: record.recipients.map(({ role, organisation, supplier }) => ({ role, organisation, ...(supplier && { supplier }) })),
    unrouted: record.unrouted,
    ...(record.allocation && { allocation: record.allocation }),
    matches: await matchesFor(record),
    ...(record.assignee && {
      responsible: {
        ...(record.assignee.name && { name: record.assignee.name }),
        organisationName: await organisationName(record.assignee.organisation),
        email: record.assignee.email,
        ...(record.assignee.phone && { phone: record.assignee.phone }),
      },
    }),
    messages: await Promise.all(
      record.events
        .filter((e) => e.action === 'message')
        .map(async (e) => ({
          at: e.at,
          from: [e.by.name, await organisationName(e.by.organisation)].filter(Boolean).join(', '),
          text: e.text ?? '',
        })),
    ),
    ...(record.status === 'closed' && {
      closedBecause: record.events.filter((e) => e.action === 'status' && e.to === 'closed').at(-1)?.reason,
    }),
    ...(jobbspar && { jobbspar }),
  };
}
