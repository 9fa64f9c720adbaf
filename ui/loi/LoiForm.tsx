/**
 * The Letter of Intent form. Rendered on the server it is a plain form that posts to /api/loi
 * and works without JavaScript; in the browser it validates as you go with the same schema as
 * the server and sends JSON with an Idempotency-Key, so a retry never makes a second LOI.
 */
import { companySizes, employmentForms, loiForm, loiSchema, subsidyAnswers, swedishLevels } from '../../core/contracts/loi.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { ChoiceGroup, ErrorSummary, fieldId } from './fields.tsx';
import { OccupationList } from './OccupationInput.tsx';
import { formFields, kommunOptions, occupationTarget, SubmitRow, useSchemaForm } from './schema-form.tsx';

const t = translations().loi;
const f = t.fields;

export interface LoiFormProps {
  /** What was posted, when the server shows the form again with its errors. */
  values?: Record<string, string>;
  errors?: FieldError[];
}

const targetOf = occupationTarget('behov.yrken');

export default function LoiForm({ values = {}, errors: initialErrors = [] }: LoiFormProps) {
  const { summary, sending, failure, summaryRef, formRef, errorOf, onBlur, onSubmit } = useSchemaForm({
    schema: loiSchema,
    shape: loiForm,
    action: '/api/loi',
    targetOf,
    initialErrors,
  });
  const { value, radios, checkbox, text, textarea, select } = formFields(f, values, errorOf);

  return (
    <form
      ref={formRef}
      id={fieldId('formular')}
      className="loi-form"
      method="post"
      action="/api/loi"
      noValidate
      onSubmit={onSubmit}
      onBlur={onBlur}
    >
      <ErrorSummary errors={summary} focusRef={summaryRef} />
      <p>{t.formTime}</p>

      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      <div className="field">
        {checkbox('organisation.enskildFirma')}
        <p className="hint">{f['organisation.enskildFirma'].hint}</p>
      </div>
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric' })}
      <ChoiceGroup name="organisation.storlek" legend={f['organisation.storlek'].label} error={errorOf('organisation.storlek')}>
        {radios('organisation.storlek', companySizes, t.choices.storlek)}
      </ChoiceGroup>

      <h2>{t.sections.arbetsplats}</h2>
      {select('arbetsplatsKommun', t.chooseKommun, kommunOptions)}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.namn', { autoComplete: 'name' })}
      {text('kontakt.roll', { autoComplete: 'organization-title' })}
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
      {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}

      <h2>{t.sections.behov}</h2>
      <OccupationList
        name="behov.yrken"
        legend={f['behov.yrken'].label}
        hint={f['behov.yrken'].hint}
        itemLabel={f.yrke.label}
        value={value}
        errorOf={errorOf}
      />
      {text('behov.antal', { className: 'width-5', inputMode: 'numeric' })}
      {text('behov.tidigastStart', { className: 'width-10', inputMode: 'numeric' })}
      <ChoiceGroup name="behov.anstallningsform" legend={f['behov.anstallningsform'].label} error={errorOf('behov.anstallningsform')}>
        {radios('behov.anstallningsform', employmentForms, t.choices.anstallningsform)}
      </ChoiceGroup>

      <h2>{t.sections.kompetens}</h2>
      {textarea('kompetens.kunskaper')}
      <ChoiceGroup name="kompetens.svenskniva" legend={f['kompetens.svenskniva'].label} error={errorOf('kompetens.svenskniva')}>
        {radios('kompetens.svenskniva', swedishLevels, t.choices.svenskniva)}
      </ChoiceGroup>
      {textarea('kompetens.korkortOchCertifikat', true)}

      <h2>{t.sections.erbjuder}</h2>
      <ChoiceGroup name="erbjuder" legend={f.erbjuder.label} hint={f.erbjuder.hint}>
        {checkbox('erbjuder.praktikplatser')}
        {checkbox('erbjuder.studiebesok')}
        {checkbox('erbjuder.handledare')}
        {checkbox('erbjuder.internutbildning')}
      </ChoiceGroup>
      <ChoiceGroup
        name="anstallningsstod"
        legend={f.anstallningsstod.label}
        hint={f.anstallningsstod.hint}
        error={errorOf('anstallningsstod')}
      >
        {radios('anstallningsstod', subsidyAnswers, t.choices.anstallningsstod)}
      </ChoiceGroup>

      <h2>{t.sections.ovrigt}</h2>
      {textarea('ovrigt', true)}

      <h2>{t.sections.underskrift}</h2>
      <div className={errorOf('ejBindande') ? 'field field-invalid' : 'field'}>
        {errorOf('ejBindande') && (
          <p className="field-error" id={`${fieldId('ejBindande')}-error`}>
            <span className="visually-hidden">{t.errorTitlePrefix}</span>
            {errorOf('ejBindande')}
          </p>
        )}
        {checkbox('ejBindande')}
      </div>
      <div className={errorOf('samtycke') ? 'field field-invalid' : 'field'}>
        {errorOf('samtycke') && (
          <p className="field-error" id={`${fieldId('samtycke')}-error`}>
            <span className="visually-hidden">{t.errorTitlePrefix}</span>
            {errorOf('samtycke')}
          </p>
        )}
        {checkbox('samtycke')}
      </div>
      {text('undertecknare.namn', { autoComplete: 'name' })}
      {text('undertecknare.titel', { autoComplete: 'organization-title' })}

      <SubmitRow failure={failure} sending={sending} label={t.submit} />
    </form>
  );
}
