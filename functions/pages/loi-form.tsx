/**
 * The LOI form's pages for the form without JavaScript: the form again, with its errors or with an
 * answer to change, and the answers to check before they are sent. With the choice of supplier when
 * the chosen kommun's region lets the employer choose, by the regions' rules in `allocations`, and
 * suggestions for an occupation not found among `occupationChoices`.
 */
import type { FieldError } from '../../core/contracts/problem.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';
import { dayOf, employerChoices, type RegionAllocation } from '../../core/catalogue/allocation.ts';
import LoiForm from '../../ui/loi/LoiForm.tsx';
import { CheckAnswers, loiAnswers } from '../../ui/loi/CheckAnswers.tsx';
import { fieldId } from '../../ui/loi/fields.tsx';
import { translations } from '../../core/i18n/index.ts';
import { loiCheckAction, loiPageRoutes } from '../../core/paths.ts';
import { loiFrame, page, postedValues } from './frame.tsx';

const t = translations().loi;

/** The form's field whose answer the check page's "Ändra" was pressed for. */
export const changeField = 'andra';

export function loiFormPage(
  posted: URLSearchParams,
  errors: FieldError[],
  allocations: readonly RegionAllocation[] = [],
  occupationChoices: readonly Occupation[] = [],
): string {
  return page(
    `${errors.length > 0 ? t.errorTitlePrefix : ''}${t.formTitle}`,
    loiFrame(loiPageRoutes.form),
    <>
      <h1>{t.formTitle}</h1>
      <LoiForm values={postedValues(posted)} errors={errors} allocations={allocations} occupationChoices={occupationChoices} />
    </>,
  );
}

/**
 * The answers of a valid form to check. Its form carries them on in hidden fields: "Skicka" posts
 * them to /api/loi, and each "Ändra" back to the form, which opens at the field (the fragment).
 */
export function loiCheckPage(posted: URLSearchParams, allocations: readonly RegionAllocation[]): string {
  const choices = employerChoices(allocations, posted.get('arbetsplatsKommun') ?? '', dayOf(new Date()));
  const supplierName = (slug: string) => choices.find((s) => s.slug === slug)?.namn;
  return page(
    t.check.title,
    loiFrame(loiPageRoutes.form),
    <>
      <h1>{t.check.title}</h1>
      <p>{t.check.lead}</p>
      <form method="post" action="/api/loi">
        {[...posted].map(([name, value], i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a form may post the same name more than once.
          <input key={i} type="hidden" name={name} value={value} />
        ))}
        <CheckAnswers
          sections={loiAnswers(posted, supplierName)}
          headingLevel={2}
          change={(answer) => ({
            type: 'submit',
            name: changeField,
            value: answer.target,
            formAction: `${loiCheckAction}#${fieldId(answer.target)}`,
          })}
        />
        <h2>{t.check.sendTitle}</h2>
        <p>{t.check.sendLead}</p>
        <button type="submit">{t.submit}</button>
      </form>
    </>,
  );
}
