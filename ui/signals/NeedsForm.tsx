/**
 * The needs signal form: a few questions, far lighter than an LOI. A plain form that posts to
 * /api/needs without JavaScript; with it, validated as you go with the API's own schema.
 */
import { horizons, loiAnswers, needsForm, needsSchema } from '../../core/contracts/signals.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { ChoiceGroup, ErrorSummary, fieldId } from '../loi/fields.tsx';
import { OccupationList } from '../loi/OccupationInput.tsx';
import { formFields, kommunOptions, occupationTarget, SubmitRow, useSchemaForm } from '../loi/schema-form.tsx';

const dictionary = translations();
const t = dictionary.signals.needs;
const f = t.fields;

export interface NeedsFormProps {
  values?: Record<string, string>;
  errors?: FieldError[];
}

export default function NeedsForm({ values = {}, errors: initialErrors = [] }: NeedsFormProps) {
  const form = useSchemaForm({
    schema: needsSchema,
    shape: needsForm,
    action: '/api/needs',
    targetOf: occupationTarget('behov.yrken'),
    initialErrors,
  });
  const { value, radios, text, textarea, select } = formFields(f, values, form.errorOf);
  return (
    <form
      ref={form.formRef}
      id={fieldId('formular')}
      className="loi-form"
      method="post"
      action="/api/needs"
      noValidate
      onSubmit={form.onSubmit}
      onBlur={form.onBlur}
    >
      <ErrorSummary errors={form.summary} focusRef={form.summaryRef} />
      <p>{t.formTime}</p>

      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric', optional: true })}
      {select('arbetsplatsKommun', dictionary.loi.chooseKommun, kommunOptions)}

      <h2>{t.sections.behov}</h2>
      <OccupationList
        name="behov.yrken"
        legend={f['behov.yrken'].label}
        hint={f['behov.yrken'].hint}
        itemLabel={f.yrke.label}
        value={value}
        errorOf={form.errorOf}
      />
      {text('behov.antal', { className: 'width-5', inputMode: 'numeric' })}
      <ChoiceGroup name="behov.tidshorisont" legend={f['behov.tidshorisont'].label} error={form.errorOf('behov.tidshorisont')}>
        {radios('behov.tidshorisont', horizons, t.choices.tidshorisont)}
      </ChoiceGroup>
      <ChoiceGroup
        name="avsiktsforklaring"
        legend={f.avsiktsforklaring.label}
        hint={f.avsiktsforklaring.hint}
        error={form.errorOf('avsiktsforklaring')}
      >
        {radios('avsiktsforklaring', loiAnswers, t.choices.avsiktsforklaring)}
      </ChoiceGroup>
      {textarea('beskrivning', true)}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}

      <SubmitRow failure={form.failure} sending={form.sending} label={t.submit} />
    </form>
  );
}
