/**
 * The complaint form (synpunkter och klagomål), in the page's language (Swedish is easy Swedish):
 * which supplier and service, what it is about and what happened; a contact only for an answer. A
 * plain form that posts to /api/complaints without JavaScript; with it, validated as you go with
 * the API's own schema. Its errors are worded in the page's language (errors.ts).
 */
import { complaintAction, complaintForm, complaintTopics } from '../../core/contracts/form-options.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { supplierServices } from '../../core/catalogue/vocabulary.ts';
import type { JobseekerLanguage } from '../../core/i18n/index.ts';
import type { FormTexts, JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import { FormTextsContext } from '../loi/fields.tsx';
import { formFields, kommunOptions, SchemaForm, useSchemaForm } from '../loi/schema-form.tsx';
import { complaintMessages } from './errors.ts';

const contract = () => import('../../core/contracts/complaint.ts').then((m) => m.complaintSchema);

/** What the form says, in its language: given, so that the page carries only the texts of its own language. */
export interface ComplaintFormTexts {
  complaint: JobseekerTexts['complaint'];
  form: FormTexts;
  services: JobseekerTexts['labels']['tjanst'];
}

export const complaintFormTexts = (t: JobseekerTexts): ComplaintFormTexts => ({
  complaint: t.complaint,
  form: t.loi,
  services: t.labels.tjanst,
});

export interface ComplaintFormProps {
  language: JobseekerLanguage;
  texts: ComplaintFormTexts;
  /** The catalogue's suppliers, by name. */
  suppliers: readonly { slug: string; namn: string }[];
  values?: Record<string, string>;
  errors?: FieldError[];
}

export default function ComplaintForm({ language, texts, suppliers, values = {}, errors: initialErrors = [] }: ComplaintFormProps) {
  const { complaint: t, services } = texts;
  const form = useSchemaForm({
    schema: contract,
    shape: complaintForm,
    action: complaintAction(language),
    initialErrors,
    texts: texts.form,
    messages: complaintMessages(t),
    language,
  });
  const { radioGroup, text, textarea, select } = formFields(t.fields, values, form.errorOf);
  return (
    <FormTextsContext value={texts.form}>
      <SchemaForm form={form} texts={t}>
        <h2>{t.sections.vem}</h2>
        {select(
          'leverantor',
          t.chooseSupplier,
          suppliers.map(({ slug, namn }) => ({ value: slug, label: namn })),
        )}
        {select(
          'tjanst',
          t.chooseService,
          supplierServices.map((value) => ({ value, label: services[value] })),
        )}
        {select('kommun', t.chooseKommun, kommunOptions)}

        <h2>{t.sections.vad}</h2>
        {radioGroup('amne', complaintTopics, t.topics)}
        {textarea('beskrivning')}

        <h2>{t.sections.kontakt}</h2>
        {text('kontakt.namn', { autoComplete: 'name', optional: true })}
        {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email', optional: true })}
        {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel', optional: true })}
      </SchemaForm>
    </FormTextsContext>
  );
}
