/** The LOI form shown again with its errors and the values sent, for the form without JavaScript. */
import type { FieldError } from '../contracts/problem.ts';
import LoiForm from '../../site/components/loi/LoiForm.tsx';
import { useTranslations } from '../../site/i18n/index.ts';
import { page } from './frame.tsx';

const t = useTranslations().loi;

export async function loiFormPage(posted: URLSearchParams, errors: FieldError[]): Promise<string> {
  const values = Object.fromEntries([...posted.keys()].map((name) => [name, posted.getAll(name).join('\n')]));
  return page(
    `${t.errorTitlePrefix}${t.formTitle}`,
    <>
      <h1>{t.formTitle}</h1>
      <LoiForm values={values} errors={errors} />
    </>,
  );
}
