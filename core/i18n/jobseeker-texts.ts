import type { Dictionary } from './sv.ts';
import type { ChoiceTexts } from './sv/choice.ts';

/** A dictionary's shape with plain strings instead of the Swedish literals, for a translation to fill. */
type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Translation<T[K]> };

/**
 * What the jobseeker's pages (choose a kommun, its suppliers, compare, a supplier) say, in every
 * language they are published in. The rest of the site is in Swedish only.
 */
export type JobseekerTexts = Translation<
  Pick<Dictionary, 'site' | 'nav' | 'supplier' | 'example' | 'stale'> & {
    insats: Pick<Dictionary['insats'], 'yes' | 'no' | 'owner' | 'reviewed'>;
    labels: Pick<Dictionary['labels'], 'tjanst' | 'sprak' | 'status'>;
  }
> & { choice: ChoiceTexts };
