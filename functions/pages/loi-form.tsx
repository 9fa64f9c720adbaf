/**
 * The LOI form shown again with its errors and the values sent, for the form without JavaScript;
 * with the choice of supplier when the chosen kommun's region lets the employer choose, by the
 * regions' rules in `allocations`, and suggestions for an occupation not found among `occupationChoices`.
 */
import type { FieldError } from '../../core/contracts/problem.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';
import type { RegionAllocation } from '../../core/catalogue/allocation.ts';
import LoiForm from '../../ui/loi/LoiForm.tsx';
import { translations } from '../../core/i18n/index.ts';
import { loiPageRoutes } from '../../core/paths.ts';
import { loiFrame, page, postedValues } from './frame.tsx';

const t = translations().loi;

export function loiFormPage(
  posted: URLSearchParams,
  errors: FieldError[],
  allocations: readonly RegionAllocation[] = [],
  occupationChoices: readonly Occupation[] = [],
): string {
  return page(
    `${t.errorTitlePrefix}${t.formTitle}`,
    loiFrame(loiPageRoutes.form),
    <>
      <h1>{t.formTitle}</h1>
      <LoiForm values={postedValues(posted)} errors={errors} allocations={allocations} occupationChoices={occupationChoices} />
    </>,
  );
}
