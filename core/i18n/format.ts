/** Dates, lists and shares written the way each language writes them. */

// Western digits in Arabic too: the figures then read the same as in the Swedish supplier texts.
const intlLocale = (language: string) => (language === 'ar' ? 'ar-u-nu-latn' : language);

/**
 * One formatter per language, made when first asked for: making an Intl formatter costs far more
 * than formatting with it, and a build formats dates, lists and shares on thousands of pages.
 */
function perLanguage<F>(make: (locale: string) => F): (language: string) => F {
  const made = new Map<string, F>();
  return (language) => {
    const formatter = made.get(language) ?? make(intlLocale(language));
    made.set(language, formatter);
    return formatter;
  };
}

const dateFormat = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const listFormat = perLanguage((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const percentFormat = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

/** "1 mars 2026" for "2026-03-01". */
export function formatDate(isoDate: string, language = 'sv'): string {
  return dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatList(items: readonly string[], language = 'sv'): string {
  return listFormat(language).format(items);
}

export function formatPercent(share: number, language = 'sv'): string {
  return percentFormat(language).format(share);
}
