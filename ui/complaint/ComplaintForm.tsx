/**
 * The complaint form (synpunkter och klagomål), in easy Swedish: which supplier and service, what it
 * is about and what happened; a contact only for an answer. A plain form that posts to
 * /api/complaints without JavaScript; with it, validated as you go with the API's own schema.
 */
import { complaintSchema, complaintTopics } from '../../core/contracts/complaint.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { supplierServices } from '../../core/catalogue/vocabulary.ts';
import { translations } from '../../core/i18n/index.ts';
import { formFields, kommunOptions, SchemaForm, useSchemaForm } from '../loi/schema-form.tsx';

const dictionary = translations();
const t = dictionary.signals.complaint;
const services = supplierServices.map((value) => ({ value, label: dictionary.labels.tjanst[value] }));

export interface ComplaintFormProps {
  /** The catalogue's suppliers, by name. */
  suppliers: readonly { slug: string; namn: string }[];
  values?: Record<string, string>;
  errors?: FieldError[];
}

export default function ComplaintForm({ suppliers, values = {}, errors: initialErrors = [] }: ComplaintFormProps) {
  const form = useSchemaForm({ schema: async () => complaintSchema, shape: {}, action: '/api/complaints', initialErrors });
  const { radioGroup, text, textarea, select } = formFields(t.fields, values, form.errorOf);
  return (
    <SchemaForm form={form} texts={t}>
      <h2>{t.sections.vem}</h2>
      {select(
        'leverantor',
        t.chooseSupplier,
        suppliers.map(({ slug, namn }) => ({ value: slug, label: namn })),
      )}
      {select('tjanst', t.chooseService, services)}
      {select('kommun', dictionary.loi.chooseKommun, kommunOptions)}

      <h2>{t.sections.vad}</h2>
      {radioGroup('amne', complaintTopics, t.topics)}
      {textarea('beskrivning')}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.namn', { autoComplete: 'name', optional: true })}
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email', optional: true })}
      {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel', optional: true })}
    </SchemaForm>
  );
}
