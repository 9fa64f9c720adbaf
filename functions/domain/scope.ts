/**
 * What a staff person sees: one rule, from the stored records alone, the same for every role (the
 * role decides what a person may do, not what they see).
 *
 * - Arbetsförmedlingen: everything.
 * - An FA-region (fa-NN): what comes from its region.
 * - A kommun: the LOIs and needs signals whose workplace is in the kommun, and the gap reports of
 *   its FA-region.
 * - A supplier: the LOIs and needs signals sent to it, and its own gap reports; never a complaint about it.
 * - A complaint: Arbetsförmedlingen, and the kommun for its own customer choice (kundval-kommun).
 * - An organisation a person handed the submission to (and no longer a supplier that handed it back).
 *
 * Nothing is seen before it is sent on: an LOI or needs signal its sender has not confirmed is
 * nobody's yet. Out of scope is not found, like an id that does not exist, so an id tells nothing.
 */
import { kommunerInFaRegion } from '../../core/reference/index.ts';
import { employerContent, type Submission } from '../store/submission.ts';
import { NotFound } from './errors.ts';
import { organisationOf, type Person } from './people.ts';

/** The suppliers a submission went to, by slug. */
function suppliersOf(item: Submission): string[] {
  if (item.kind === 'brist') return [item.supplier];
  if (item.kind === 'loi') return item.recipients.flatMap((r) => (r.role === 'leverantor' && r.supplier ? [r.supplier] : []));
  return item.recipients.flatMap((r) => (r.roll === 'leverantor' && r.supplier ? [r.supplier] : []));
}

/**
 * The organisations that see a submission, by their ids: the one rule above, from the stored
 * record alone. An organisation a person handed the submission to sees it too; a supplier that
 * handed an LOI back no longer does.
 */
export function seenBy(item: Submission): string[] {
  if (item.status === 'unconfirmed') return [];
  // A complaint is about the supplier, so never the supplier's: Arbetsförmedlingen's, and the kommun's for its own customer choice.
  if (item.kind === 'complaint')
    return [
      ...new Set([
        'arbetsformedlingen',
        ...(item.content.tjanst === 'kundval-kommun' ? [`kommun-${item.content.kommun}`] : []),
        ...item.handedTo,
      ]),
    ];
  // An employer's submission concerns the kommun of its workplace; a gap report the whole region.
  const kommuner = item.kind === 'brist' ? kommunerInFaRegion(item.fa).map((k) => k.kod) : [employerContent(item).arbetsplatsKommun];
  const organisations = new Set([
    'arbetsformedlingen',
    `fa-${item.fa}`,
    ...kommuner.map((kod) => `kommun-${kod}`),
    ...suppliersOf(item),
    ...item.handedTo,
  ]);
  return [...organisations];
}

export function inScope(person: Pick<Person, 'organisation'>, item: Submission): boolean {
  return organisationOf(person.organisation) !== undefined && seenBy(item).includes(person.organisation);
}

const names = { loi: 'Avsiktsförklaringen', behov: 'Behovssignalen', brist: 'Bristrapporten', complaint: 'Synpunkten' } as const;

/** The item if the person may see it; one that does not exist and one out of scope are the same "not found". */
export function visibleTo<S extends Submission>(person: Pick<Person, 'organisation'>, item: S | undefined, kind: S['kind']): S {
  if (!item || !inScope(person, item))
    throw new NotFound(`${names[kind]} finns inte`, [{ path: 'id', message: 'Det finns inget med den adressen som du kan se' }]);
  return item;
}
