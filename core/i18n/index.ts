import { sv, type Dictionary } from './sv.ts';
// Scripts in the browser import fill from its own file, so the dictionaries stay out of their bundles.
export { fill } from './fill.ts';
import { fill } from './fill.ts';
// Likewise the formatters: a form's script that shows a date carries none of the texts.
export { formatDate, formatList, formatPercent } from './format.ts';
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

/** "första halvåret 2026" for a results period "2026-H1"; any other period as it is written. */
export function formatPeriod(period: string, language: JobseekerLanguage = defaultLanguage): string {
  const half = /^(\d{4})-(H[12])$/.exec(period);
  return half ? fill(jobseekerTexts(language).choice.halfYears[half[2] as 'H1' | 'H2'], { year: half[1]! }) : period;
}
