/** The signals' forms shown again with their errors and the values sent, for the forms without JavaScript. */
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { complaintSchema } from '../../core/contracts/complaint.ts';
import { complaintForm } from '../../core/contracts/form-options.ts';
import { formToObject } from '../../core/contracts/form.ts';
import type { ComplaintTexts } from '../../core/i18n/sv/complaint.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';
import NeedsForm from '../../ui/signals/NeedsForm.tsx';
import GapForm from '../../ui/signals/GapForm.tsx';
import ComplaintForm, { complaintFormTexts } from '../../ui/complaint/ComplaintForm.tsx';
import { complaintMessages } from '../../ui/complaint/errors.ts';
import { languageLinks } from '../../ui/frame/SiteHeader.tsx';
import { complaintPaths } from '../../core/paths.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { jobseekerTexts, localePath, translations, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { page, postedValues, swedishFrame } from './frame.tsx';

const { loi, signals: t } = translations();

export function needsFormPage(posted: URLSearchParams, errors: FieldError[], occupationChoices: readonly Occupation[] = []): string {
  return page(
    `${loi.errorTitlePrefix}${t.needs.formTitle}`,
    swedishFrame('/arbetsgivare/behov/'),
    <>
      <h1>{t.needs.formTitle}</h1>
      <NeedsForm values={postedValues(posted)} errors={errors} occupationChoices={occupationChoices} />
    </>,
  );
}

export async function gapFormPage(posted: URLSearchParams, errors: FieldError[]): Promise<string> {
  const insatser = (await publishedCatalogue()).insatser.map(({ slug, titel }) => ({ slug, titel }));
  return page(
    `${loi.errorTitlePrefix}${t.gap.formTitle}`,
    swedishFrame('/leverantor/brist/'),
    <>
      <h1>{t.gap.formTitle}</h1>
      <GapForm insatser={insatser} values={postedValues(posted)} errors={errors} />
    </>,
  );
}

/** The complaint form again, in the language it was posted in, with what was written and its errors in that language. */
export async function complaintFormPage(posted: URLSearchParams, errors: FieldError[], language: JobseekerLanguage): Promise<string> {
  const suppliers = (await publishedCatalogue()).leverantorer.map(({ slug, namn }) => ({ slug, namn }));
  const t = jobseekerTexts(language);
  const texts = complaintFormTexts(t);
  const path = localePath(language, complaintPaths.form);
  return page(
    `${t.loi.errorTitlePrefix}${t.complaint.formTitle}`,
    {
      language,
      t,
      path,
      breadcrumbs: [{ href: path, label: t.complaint.formTitle }],
      languageLinks: languageLinks((l) => localePath(l, complaintPaths.form)),
    },
    <>
      <h1>{t.complaint.formTitle}</h1>
      <ComplaintForm
        language={language}
        texts={texts}
        suppliers={suppliers}
        values={postedValues(posted)}
        errors={postedComplaintErrors(texts.complaint, posted, errors)}
      />
    </>,
  );
}

/**
 * The errors of a complaint posted without JavaScript, in the page's language: what the schema
 * finds in what was posted (as the form finds it in the browser), or, when it finds nothing, the
 * errors of the catalogue's checks, which the server found.
 */
export function postedComplaintErrors(texts: ComplaintTexts, posted: URLSearchParams, found: readonly FieldError[]): FieldError[] {
  const messages = complaintMessages(texts);
  const parsed = complaintSchema.safeParse(formToObject(posted, complaintForm));
  return parsed.success ? found.map((e) => ({ ...e, message: messages.ofError(e) })) : fieldErrors(parsed.error, messages.ofIssue);
}
