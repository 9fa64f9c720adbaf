import { sv, type Dictionary } from './sv.ts';
// Scripts in the browser import fill from its own file, so the dictionaries stay out of their bundles.
export { fill } from './fill.ts';
import { fill } from './fill.ts';
import type { JobseekerTexts } from './jobseeker-texts.ts';
import { jobseeker as en } from './en/choice.ts';
import { jobseeker as ar } from './ar/choice.ts';

const defaultLanguage = 'sv';
const dictionaries = { sv } satisfies Record<string, Dictionary>;
export type Language = keyof typeof dictionaries;

/** The interface texts of `language`. */
export function translations(language: Language = defaultLanguage): Dictionary {
  return dictionaries[language];
}

export const jobseekerLanguages = ['sv', 'en', 'ar'] as const;
export type JobseekerLanguage = (typeof jobseekerLanguages)[number];
const jobseekerDictionaries: Record<JobseekerLanguage, JobseekerTexts> = { sv, en, ar };

export const isJobseekerLanguage = (value: string | null | undefined): value is JobseekerLanguage =>
  jobseekerLanguages.some((l) => l === value);

export function jobseekerTexts(language: JobseekerLanguage = defaultLanguage): JobseekerTexts {
  return jobseekerDictionaries[language];
}

export const textDirection = (language: string): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** Attributes of the catalogue's Swedish text inside a page in another language (left to right in Arabic too). */
export const swedishText = (language: JobseekerLanguage): { lang?: 'sv'; dir?: 'ltr' } =>
  language === defaultLanguage ? {} : { lang: 'sv', dir: 'ltr' };

/** A page's address in `language`: Swedish at the root, the other languages under /en/ and /ar/. */
export const localePath = (language: JobseekerLanguage, path: string): string =>
  language === defaultLanguage ? path : `/${language}${path}`;

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
export function formatDate(isoDate: string, language: string = defaultLanguage): string {
  return dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "första halvåret 2026" for a results period "2026-H1"; any other period as it is written. */
export function formatPeriod(period: string, language: JobseekerLanguage = defaultLanguage): string {
  const half = /^(\d{4})-(H[12])$/.exec(period);
  return half ? fill(jobseekerTexts(language).choice.halfYears[half[2] as 'H1' | 'H2'], { year: half[1]! }) : period;
}

export function formatList(items: readonly string[], language: string = defaultLanguage): string {
  return listFormat(language).format(items);
}

export function formatPercent(share: number, language: string = defaultLanguage): string {
  return percentFormat(language).format(share);
}
