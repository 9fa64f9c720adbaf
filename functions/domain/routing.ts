/**
 * To whom a submission goes.
 *
 * An LOI from a kommun goes, from the published catalogue, to the FA-region's
 * suppliers with an active contract for the service, the kommun's contact and Arbetsförmedlingen's
 * contact in the region text.
 */
import type { PublishedCatalogue, RoutingRecipient } from '../catalogue/index.ts';
import type { Recipient } from '../store/delivery.ts';
import type { SignalRecipient } from '../store/signal.ts';
import { getKommun, kommunerInFaRegion } from '../../core/reference/index.ts';
import { coversKommun } from '../../core/catalogue/choice.ts';

export interface Routing {
  recipients: Recipient[];
  /** Roles for which the catalogue has no contact: the submission is kept, listed and not lost. */
  unrouted: Recipient['role'][];
}

export function routeFromKommun(catalogue: PublishedCatalogue, kommunkod: string, today = new Date()): Routing {
  const kommun = getKommun(kommunkod)!;
  const day = today.toISOString().slice(0, 10);
  const suppliers: Recipient[] = catalogue.leverantorer
    .filter((supplier) =>
      supplier.tjanster.some(
        (s) => s.tjanst === 'jobbspar' && s.status === 'aktiv' && s.avtal_fran <= day && day <= s.avtal_till && coversKommun(s, kommunkod),
      ),
    )
    .map((supplier) => ({ role: 'leverantor', organisation: supplier.namn, supplier: supplier.slug, address: supplier.kontakt.epost }));
  const contacts = catalogue.regioner.find((r) => r.fa_region === kommun.fa)?.kontakter ?? [];
  const kommunContact = contacts.find((c) => c.kommun === kommunkod);
  const afContact = contacts.find((c) => c.organisation === 'Arbetsförmedlingen');
  const recipients: Recipient[] = [...suppliers];
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
