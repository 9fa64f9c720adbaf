/**
 * The Letter of Intent form. Rendered on the server it is a plain form that posts to /api/loi
 * and works without JavaScript; in the browser it validates as you go with the same schema as
 * the server and sends JSON with an Idempotency-Key, so a retry never makes a second LOI.
 */
import { companySizes, employmentForms, loiForm, loiSchema, subsidyAnswers, swedishLevels } from '../../core/contracts/loi.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { ChoiceGroup } from './fields.tsx';
import { formFields, kommunOptions, occupationTarget, SchemaForm, useSchemaForm } from './schema-form.tsx';

const t = translations().loi;
const f = t.fields;

export interface LoiFormProps {
  /** What was posted, when the server shows the form again with its errors. */
  values?: Record<string, string>;
  errors?: FieldError[];
}

const targetOf = occupationTarget('behov.yrken');

export default function LoiForm({ values = {}, errors: initialErrors = [] }: LoiFormProps) {
  const form = useSchemaForm({
    schema: loiSchema,
    shape: loiForm,
    action: '/api/loi',
    targetOf,
    initialErrors,
  });
  const { radioGroup, checkbox, confirmation, text, textarea, select, occupations } = formFields(f, values, form.errorOf);

  return (
    <SchemaForm form={form} texts={t}>
      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      <div className="field">
        {checkbox('organisation.enskildFirma')}
        <p className="hint">{f['organisation.enskildFirma'].hint}</p>
      </div>
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric' })}
      {radioGroup('organisation.storlek', companySizes, t.choices.storlek)}

      <h2>{t.sections.arbetsplats}</h2>
      {select('arbetsplatsKommun', t.chooseKommun, kommunOptions)}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.namn', { autoComplete: 'name' })}
      {text('kontakt.roll', { autoComplete: 'organization-title' })}
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
      {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}

      <h2>{t.sections.behov}</h2>
      {occupations('behov.yrken')}
      {text('behov.antal', { className: 'width-5', inputMode: 'numeric' })}
      {text('behov.tidigastStart', { className: 'width-10', inputMode: 'numeric' })}
      {radioGroup('behov.anstallningsform', employmentForms, t.choices.anstallningsform)}

      <h2>{t.sections.kompetens}</h2>
      {textarea('kompetens.kunskaper')}
      {radioGroup('kompetens.svenskniva', swedishLevels, t.choices.svenskniva)}
      {textarea('kompetens.korkortOchCertifikat', true)}

      <h2>{t.sections.erbjuder}</h2>
      <ChoiceGroup name="erbjuder" legend={f.erbjuder.label} hint={f.erbjuder.hint}>
        {checkbox('erbjuder.praktikplatser')}
        {checkbox('erbjuder.studiebesok')}
        {checkbox('erbjuder.handledare')}
        {checkbox('erbjuder.internutbildning')}
      </ChoiceGroup>
      {radioGroup('anstallningsstod', subsidyAnswers, t.choices.anstallningsstod)}

      <h2>{t.sections.ovrigt}</h2>
      {textarea('ovrigt', true)}

      <h2>{t.sections.underskrift}</h2>
      {confirmation('ejBindande')}
      {confirmation('samtycke')}
      {text('undertecknare.namn', { autoComplete: 'name' })}
      {text('undertecknare.titel', { autoComplete: 'organization-title' })}
    </SchemaForm>
  );
}
