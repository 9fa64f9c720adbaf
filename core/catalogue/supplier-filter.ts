/**
 * Filtering and sorting a kommun's supplier list: the same code runs in the browser (the list is
 * filtered in place) and in the function that answers the list's GET form without JavaScript
 * (functions/pages/supplier-choice.tsx). Each supplier card carries its facts as JSON in data-lev.
 */

/** What a card tells the filter about its supplier. */
export interface CardFacts {
  slug: string;
  namn: string;
  sprak: string[];
  tjanster: string[];
  distans: boolean;
  stegfritt: boolean;
  /** Best rating that may be shown, 0 when none. */
  betyg: number;
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

/** Suppliers that can be chosen come first in every order; then the order asked for, then the name. */
function compareCards(order: SortOrder): (a: CardFacts, b: CardFacts) => number {
  return (a, b) =>
    Number(b.valbar) - Number(a.valbar) ||
    (order === 'betyg' ? b.betyg - a.betyg : order === 'narmast' ? distance(a) - distance(b) : 0) ||
    byName(a, b);
}

/** The cards to show, in order. */
export function applyFilters<C extends { facts: CardFacts }>(cards: readonly C[], f: Filters): C[] {
  const order = compareCards(f.sortera);
  return cards.filter((c) => matches(c.facts, f)).sort((a, b) => order(a.facts, b.facts));
}
