import type { Dictionary } from './sv.ts';
import type { ChoiceTexts } from './sv/choice.ts';
import type { ComplaintTexts } from './sv/complaint.ts';

/** A dictionary's shape with plain strings instead of the Swedish literals, for a translation to fill. */
type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Translation<T[K]> };

/**
 * What the jobseeker's pages (choose a kommun, its suppliers, compare, a supplier, the complaint
 * form) say, in every language they are published in. The rest of the site is in Swedish only.
 */
export type JobseekerTexts = Translation<
  Pick<Dictionary, 'site' | 'nav' | 'supplier' | 'example' | 'stale'> & {
    insats: Pick<Dictionary['insats'], 'yes' | 'no' | 'owner' | 'reviewed'>;
    labels: Pick<Dictionary['labels'], 'tjanst' | 'sprak' | 'status'>;
    /** What every form's parts say (ui/loi/fields.tsx), which the Swedish dictionary keeps with the LOI form's texts. */
    loi: Pick<Dictionary['loi'], 'optional' | 'errorSummaryTitle' | 'errorTitlePrefix' | 'sending' | 'networkError' | 'sendFailed'>;
  }
> & { choice: ChoiceTexts; complaint: ComplaintTexts };

/** What the parts of a form say, whatever the form: the optional mark, the error summary, sending. */
export type FormTexts = JobseekerTexts['loi'];
