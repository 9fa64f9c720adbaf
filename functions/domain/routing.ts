/**
 * To whom a submission goes.
 *
 * An LOI goes, from the published catalogue, to one jobbspår supplier of its FA-region, chosen by
 * the region's rule (core/catalogue/allocation.ts), and to the kommun's contact and
 * Arbetsförmedlingen's contact in the region text.
 */
import {
  allocationIn,
  type LeverantorRecord,
  type PublishedCatalogue,
  type RegionAllocation,
  type RoutingRecipient,
} from '../catalogue/index.ts';
import type { Recipient } from '../store/delivery.ts';
import type { LoiRecord } from '../store/loi.ts';
import type { SignalRecipient } from '../store/signal.ts';
import type { Loi } from '../../core/contracts/loi.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { dayOf, eligibleSuppliers, takesLois } from '../../core/catalogue/allocation.ts';
import { getKommun, kommunerInFaRegion } from '../../core/reference/index.ts';
import { fill, formatList, translations } from '../../core/i18n/index.ts';

const t = translations().loi.allocation;

export interface Routing {
  recipients: Recipient[];
  /** Roles for which the catalogue has no contact: the submission is kept, listed and not lost. */
  unrouted: Recipient['role'][];
}

/** The region's rule of the workplace kommun. */
const ruleFor = (catalogue: PublishedCatalogue, kommunkod: string) => allocationIn(catalogue, getKommun(kommunkod)!.fa);

/**
 * What is wrong with the employer's choice of supplier, by the rule of the workplace's region:
 * where the employer chooses, one of the suppliers that take LOIs from the kommun must be chosen
 * (when there is any); where the region allocates in turn, none may be.
 */
export function supplierChoiceErrors(
  catalogue: PublishedCatalogue,
  loi: Pick<Loi, 'arbetsplatsKommun' | 'leverantor'>,
  today = new Date(),
): FieldError[] {
  const rule = ruleFor(catalogue, loi.arbetsplatsKommun);
  const error = (message: string) => [{ path: 'leverantor', message }];
  if (rule.regel === 'rak_ordning') return loi.leverantor ? error(t.inTurn) : [];
  const choices = eligibleSuppliers(rule, loi.arbetsplatsKommun, dayOf(today));
  if (choices.some((s) => s.slug === loi.leverantor) || (choices.length === 0 && !loi.leverantor)) return [];
  if (choices.length === 0) return error(t.noChoice);
  return error(loi.leverantor ? fill(t.notAChoice, { names: formatList(choices.map((s) => s.namn)) }) : t.choose);
}

/**
 * The supplier next in `rule`'s order after those in `excluding`: going round from the last of
 * them (the one that had the LOI last; from the start of the order when none of them is in it),
 * the first that takes LOIs from `kommunkod` on the day and is not excluded. The routing begins
 * with none excluded; a supplier that hands an LOI back is excluded, with those before it.
 */
export function nextSupplier(
  catalogue: PublishedCatalogue,
  kommunkod: string,
  rule: RegionAllocation,
  excluding: readonly string[],
  today = new Date(),
): LeverantorRecord | undefined {
  const order = rule.ordning;
  const last = order.findIndex((s) => s.slug === excluding.at(-1));
  const day = dayOf(today);
  for (let step = 1; step <= order.length; step++) {
    const candidate = order[(last + step) % order.length]!;
    if (!excluding.includes(candidate.slug) && takesLois(candidate, kommunkod, day))
      return catalogue.leverantorer.find((s) => s.slug === candidate.slug);
  }
  return undefined;
}

/** The supplier an LOI handed back goes to: the next in its region's order after those that had it (`excluding`, the last the one handing it back). */
export const supplierAfter = (catalogue: PublishedCatalogue, kommunkod: string, excluding: readonly string[], today = new Date()) =>
  nextSupplier(catalogue, kommunkod, ruleFor(catalogue, kommunkod), excluding, today);

/** The rule with its order turned round to begin at position `start`. */
const startingAt = (rule: RegionAllocation, start: number): RegionAllocation => ({
  ...rule,
  ordning: [...rule.ordning.slice(start), ...rule.ordning.slice(0, start)],
});

export interface Allocated {
  supplier?: LeverantorRecord;
  /** How it was chosen; absent when no supplier takes the LOI. */
  allocation?: NonNullable<LoiRecord['allocation']>;
}

/**
 * The supplier a confirmed LOI goes to, by its region's rule: the one the employer chose
 * (arbetsgivaren_valjer), or the one whose turn it is (rak_ordning), taking the region's next turn
 * from `takeTurn` (1 the first time). When that one does not take LOIs from the kommun on the day,
 * the next in order after it does. A region where none does uses no turn.
 */
export async function allocateSupplier(
  catalogue: PublishedCatalogue,
  loi: Pick<Loi, 'arbetsplatsKommun' | 'leverantor'>,
  takeTurn: (fa: string) => Promise<number>,
  today = new Date(),
): Promise<Allocated> {
  const kommunkod = loi.arbetsplatsKommun;
  const rule = ruleFor(catalogue, kommunkod);
  const from = (start: number) => nextSupplier(catalogue, kommunkod, startingAt(rule, start), [], today);
  if (!from(0)) return {};
  if (rule.regel === 'arbetsgivaren_valjer')
    return {
      supplier: from(
        Math.max(
          0,
          rule.ordning.findIndex((s) => s.slug === loi.leverantor),
        ),
      ),
      allocation: { rule: rule.regel },
    };
  const turn = await takeTurn(rule.fa_region);
  return { supplier: from((turn - 1) % rule.ordning.length), allocation: { rule: rule.regel, turn } };
}

/** The recipients of an LOI from kommun `kommunkod`: its allocated supplier, if any, the kommun's and Arbetsförmedlingen's contacts. */
export function routeFromKommun(catalogue: PublishedCatalogue, kommunkod: string, supplier?: LeverantorRecord): Routing {
  const kommun = getKommun(kommunkod)!;
  const contacts = catalogue.regioner.find((r) => r.fa_region === kommun.fa)?.kontakter ?? [];
  const kommunContact = contacts.find((c) => c.kommun === kommunkod);
  const afContact = contacts.find((c) => c.organisation === 'Arbetsförmedlingen');
  const recipients: Recipient[] = [];
  if (supplier)
    recipients.push({ role: 'leverantor', organisation: supplier.namn, address: supplier.kontakt.epost, supplier: supplier.slug });
  if (kommunContact) recipients.push({ role: 'kommun', organisation: kommunContact.organisation, address: kommunContact.epost });
  if (afContact) recipients.push({ role: 'arbetsformedlingen', organisation: afContact.organisation, address: afContact.epost });
  const unrouted = (['leverantor', 'kommun', 'arbetsformedlingen'] as const).filter((role) => !recipients.some((r) => r.role === role));
  return { recipients, unrouted };
}

/**
 * To whom a needs signal or gap report goes, from the routing table: every entry for its type
 * whose area is the submission's FA-region or one of the kommuner it concerns. A needs signal
 * concerns its workplace kommun; a gap report the whole region, so every kommun in it. A supplier
 * among them is known by the name the catalogue gives it.
 */
export function routeSignal(
  { routning, leverantorer }: Pick<PublishedCatalogue, 'routning' | 'leverantorer'>,
  type: RoutingRecipient['typer'][number],
  area: { fa: string; kommun?: string },
): SignalRecipient[] {
  const kommuner = new Set(area.kommun ? [area.kommun] : kommunerInFaRegion(area.fa).map((k) => k.kod));
  const seen = new Set<string>();
  return routning
    .filter((r) => r.typer.includes(type) && (r.omrade === area.fa || kommuner.has(r.omrade)))
    .filter((r) => !seen.has(r.adress) && Boolean(seen.add(r.adress)))
    .map(({ organisation, roll, kanal, adress }) => {
      const supplier = roll === 'leverantor' ? leverantorer.find((l) => l.namn === organisation)?.slug : undefined;
      return { organisation, roll, kanal, adress, ...(supplier ? { supplier } : {}) };
    });
}
