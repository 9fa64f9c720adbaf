/**
 * The supplier's gap report form. The supplier's key is typed into the form: without JavaScript
 * it is posted with the form, with JavaScript it is sent as the bearer token.
 */
import { gapForm, gapReasons, maxConsidered } from '../../core/contracts/form-options.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { faRegions } from '../../core/reference/index.ts';
import { fill } from '../../core/i18n/fill.ts';
import { signals } from '../../core/i18n/sv/signals.ts';
import { formFields, occupationTarget, SchemaForm, useSchemaForm } from '../loi/schema-form.tsx';

const t = signals.gap;
const contract = () => import('../../core/contracts/signals.ts').then((m) => m.gapSchema);
const f = t.fields;
const regionOptions = faRegions.map((r) => ({ value: r.kod, label: `${r.kod} ${r.namn}` }));
const reasonOptions = gapReasons.map((reason) => ({ value: reason, label: t.choices.skal[reason] }));

export interface GapFormProps {
  /** The catalogue's interventions to choose among. */
  insatser: { slug: string; titel: string }[];
  values?: Record<string, string>;
  errors?: FieldError[];
}

const occupationsAt = occupationTarget('profil.yrken');
const targetOf = (path: string) => {
  if (path === 'Authorization') return 'nyckel';
  if (path === 'insatser') return 'insatser.0.skal';
  return occupationsAt(path);
};

export default function GapForm({ insatser, values = {}, errors: initialErrors = [] }: GapFormProps) {
  const form = useSchemaForm({
    schema: contract,
    shape: gapForm,
    action: '/api/gaps',
    targetOf,
    bearer: { field: 'nyckel', missing: t.keyMissing },
    initialErrors,
  });
  const considered = Array.from({ length: maxConsidered }, (_, i) => `insatser.${i}`);
  // Each row's labels, named by the row's own paths.
  const labels = {
    ...f,
    ...Object.fromEntries(
      considered.flatMap((row) => [
        [`${row}.insats`, f.katalogInsats],
        [`${row}.skal`, f.skal],
        [`${row}.kommentar`, f.kommentar],
      ]),
    ),
  };
  const { text, textarea, select, occupations } = formFields(labels, values, form.errorOf);
  const interventionOptions = insatser.map((i) => ({ value: i.slug, label: i.titel }));
  return (
    <SchemaForm form={form} texts={t}>
      <h2>{t.sections.nyckel}</h2>
      {text('nyckel', { type: 'password', autoComplete: 'off' })}
      {select('faRegion', t.chooseRegion, regionOptions)}

      <h2>{t.sections.profil}</h2>
      {occupations('profil.yrken')}
      {textarea('profil.kunskaper')}
      {textarea('avsiktsforklaringar', true)}

      <h2>{t.sections.insatser}</h2>
      <p className="hint">{f.insatser.hint}</p>
      {considered.map((row, i) => (
        <fieldset className="field" key={row}>
          <legend>{fill(f.insats.label, { n: i + 1 })}</legend>
          {select(`${row}.insats`, t.chooseInsats, interventionOptions, true)}
          {select(`${row}.skal`, t.chooseReason, reasonOptions, i > 0)}
          {text(`${row}.kommentar`, { optional: true })}
        </fieldset>
      ))}

      <h2>{t.sections.berorda}</h2>
      {text('berorda.arbetsgivare', { className: 'width-5', inputMode: 'numeric' })}
      {text('berorda.tjanster', { className: 'width-5', inputMode: 'numeric' })}

      <h2>{t.sections.forslag}</h2>
      {textarea('forslag')}
    </SchemaForm>
  );
}
