import { sv, type Dictionary } from './sv.ts';

export const defaultLanguage = 'sv';
const dictionaries = { sv } satisfies Record<string, Dictionary>;
export type Language = keyof typeof dictionaries;

/** The interface texts of `language`. */
export function useTranslations(language: Language = defaultLanguage): Dictionary {
  return dictionaries[language];
}

/** "1 mars 2026" for "2026-03-01". */
export function formatDate(isoDate: string, language: Language = defaultLanguage): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatList(items: readonly string[], language: Language = defaultLanguage): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

export function formatPercent(share: number, language: Language = defaultLanguage): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A dictionary template with its {placeholders} filled: fill('Yrke {n}', { n: 2 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
