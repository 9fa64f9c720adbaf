/** The LOI form shown again with its errors and the values sent, for the form without JavaScript. */
import type { FieldError } from '../../core/contracts/problem.ts';
import LoiForm from '../../ui/loi/LoiForm.tsx';
import { translations } from '../../core/i18n/index.ts';
import { loiPageRoutes } from '../../core/paths.ts';
import { loiFrame, page, postedValues } from './frame.tsx';

const t = translations().loi;

export function loiFormPage(posted: URLSearchParams, errors: FieldError[]): string {
  return page(
    `${t.errorTitlePrefix}${t.formTitle}`,
    loiFrame(loiPageRoutes.form),
    <>
      <h1>{t.formTitle}</h1>
      <LoiForm values={postedValues(posted)} errors={errors} />
    </>,
  );
}
