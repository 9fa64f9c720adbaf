/**
 * Filtering and sorting a kommun's supplier list: the same code runs in the browser (the list is
 * filtered in place) and in the function that answers the list's GET form without JavaScript
 * (functions/pages/supplier-choice.tsx). Each supplier card carries its facts as JSON in data-lev.
 */
import { supplierServices } from './vocabulary.ts';

/** What a card tells the filter about its supplier. */
export interface CardFacts {
  slug: string;
  namn: string;
  sprak: string[];
  tjanster: string[];
  distans: boolean;
  stegfritt: boolean;
  /** The rating that may be shown of each service that has one, by service. */
  betyg: Record<string, number>;
  /** Kilometres to the nearest delivery address, 0 in the kommun itself, null without address. */
  km: number | null;
  /** False when every service offered is paused. */
  valbar: boolean;
}

export const sortOrders = ['narmast', 'betyg', 'namn'] as const;
type SortOrder = (typeof sortOrders)[number];

/** The names of the list form's filter fields. */
export const filterNames = ['sprak', 'tjanst', 'distans', 'stegfritt', 'sortera'] as const;

/** The filters of the list form, by the names of its fields. */
export interface Filters {
  sprak?: string;
  tjanst?: string;
  distans: boolean;
  stegfritt: boolean;
  sortera: SortOrder;
}

export function readFilters(query: URLSearchParams): Filters {
  const sortera = query.get('sortera');
  return {
    sprak: query.get('sprak') || undefined,
    tjanst: query.get('tjanst') || undefined,
    distans: query.get('distans') === 'ja',
    stegfritt: query.get('stegfritt') === 'ja',
    sortera: sortOrders.find((s) => s === sortera) ?? 'narmast',
  };
}

function matches(card: CardFacts, f: Filters): boolean {
  return (
    (!f.sprak || card.sprak.includes(f.sprak)) &&
    (!f.tjanst || card.tjanster.includes(f.tjanst)) &&
    (!f.distans || card.distans) &&
    (!f.stegfritt || card.stegfritt)
  );
}

const byName = (a: CardFacts, b: CardFacts) => a.namn.localeCompare(b.namn, 'sv');
const distance = (c: CardFacts) => c.km ?? Number.POSITIVE_INFINITY;

/**
 * The service a card is rated by: the one filtered for, or else the first of the vocabulary's it
 * offers. Ratings compare suppliers within one service, so without a service filter the cards are
 * sorted by that service first and by rating within it.
 */
const ratedService = (card: CardFacts, f: Filters): string =>
  f.tjanst ?? supplierServices.find((tjanst) => card.tjanster.includes(tjanst)) ?? '';
const serviceRank = (tjanst: string) => supplierServices.findIndex((s) => s === tjanst);

function compareRatings(f: Filters): (a: CardFacts, b: CardFacts) => number {
  return (a, b) => {
    const [serviceA, serviceB] = [ratedService(a, f), ratedService(b, f)];
    return serviceRank(serviceA) - serviceRank(serviceB) || (b.betyg[serviceB] ?? 0) - (a.betyg[serviceA] ?? 0);
  };
}

/** Suppliers that can be chosen come first in every order; then the order asked for, then the name. */
function compareCards(f: Filters): (a: CardFacts, b: CardFacts) => number {
  const byRating = compareRatings(f);
  return (a, b) =>
    Number(b.valbar) - Number(a.valbar) ||
    (f.sortera === 'betyg' ? byRating(a, b) : f.sortera === 'narmast' ? distance(a) - distance(b) : 0) ||
    byName(a, b);
}

/** The cards to show, in order. */
export function applyFilters<C extends { facts: CardFacts }>(cards: readonly C[], f: Filters): C[] {
  const order = compareCards(f);
  return cards.filter((c) => matches(c.facts, f)).sort((a, b) => order(a.facts, b.facts));
}
