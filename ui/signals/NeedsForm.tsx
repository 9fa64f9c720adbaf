/**
 * The needs signal form: a few questions, far lighter than an LOI. A plain form that posts to
 * /api/needs without JavaScript; with it, validated as you go with the API's own schema.
 */
import { horizons, loiAnswers, needsForm } from '../../core/contracts/form-options.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { loi } from '../../core/i18n/sv/loi.ts';
import { signals } from '../../core/i18n/sv/signals.ts';
import { formFields, kommunOptions, occupationTarget, SchemaForm, useSchemaForm } from '../loi/schema-form.tsx';
import type { Occupation } from '../../core/reference/find-occupation.ts';

const t = signals.needs;
const contract = () => import('../../core/contracts/signals.ts').then((m) => m.needsSchema);
const f = t.fields;

export interface NeedsFormProps {
  values?: Record<string, string>;
  errors?: FieldError[];
  /** Every occupation name, when the server shows the form again: an occupation not found gets suggestions. */
  occupationChoices?: readonly Occupation[];
}

export default function NeedsForm({ values = {}, errors: initialErrors = [], occupationChoices }: NeedsFormProps) {
  const form = useSchemaForm({
    schema: contract,
    shape: needsForm,
    action: '/api/needs',
    targetOf: occupationTarget('behov.yrken'),
    initialErrors,
  });
  const { radioGroup, text, textarea, select, occupations } = formFields(f, values, form.errorOf, occupationChoices);
  return (
    <SchemaForm form={form} texts={t}>
      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric', optional: true })}
      {select('arbetsplatsKommun', loi.chooseKommun, kommunOptions)}

      <h2>{t.sections.behov}</h2>
      {occupations('behov.yrken')}
      {text('behov.antal', { className: 'width-5', inputMode: 'numeric' })}
      {radioGroup('behov.tidshorisont', horizons, t.choices.tidshorisont)}
      {radioGroup('avsiktsforklaring', loiAnswers, t.choices.avsiktsforklaring)}
      {textarea('beskrivning', true)}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
    </SchemaForm>
  );
}
