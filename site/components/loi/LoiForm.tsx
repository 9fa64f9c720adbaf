/**
 * The Letter of Intent form. Rendered on the server it is a plain form that posts to /api/loi
 * and works without JavaScript; in the browser it validates as you go with the same schema as
 * the server and sends JSON with an Idempotency-Key, so a retry never makes a second LOI.
 */
import { useRef, useState, type FormEvent } from 'react';
import { companySizes, employmentForms, loiForm, loiSchema, maxOccupations, subsidyAnswers, swedishLevels } from '../../../functions/contracts/loi.ts';
import { formToObject } from '../../../functions/contracts/form.ts';
import { fieldErrors, type FieldError } from '../../../functions/contracts/problem.ts';
import { kommuner } from '../../../functions/reference/index.ts';
import { fill, useTranslations } from '../../i18n/index.ts';
import { ChoiceGroup, ErrorSummary, Field, fieldId } from './fields.tsx';
import { OccupationInput } from './OccupationInput.tsx';

const t = useTranslations().loi;
const f = t.fields;
const kommunerByName = [...kommuner].sort((a, b) => a.namn.localeCompare(b.namn, 'sv'));

export interface LoiFormProps {
  /** What was posted, when the server shows the form again with its errors. */
  values?: Record<string, string>;
  errors?: FieldError[];
}

const hintOf = (name: keyof typeof f): string | undefined => (f[name] as { hint?: string }).hint;

/** The input an error is about; a group's error leads to its first input. */
const targetOf = (path: string) => (path === 'behov.yrken' ? 'behov.yrken.0.namn' : path);

export default function LoiForm({ values = {}, errors: initialErrors = [] }: LoiFormProps) {
  const [errors, setErrors] = useState<FieldError[]>(initialErrors);
  const [summary, setSummary] = useState<FieldError[]>(initialErrors);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const idempotencyKey = useRef<string>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const errorOf = (name: string) => errors.find((e) => targetOf(e.path) === name || e.path === name)?.message;
  const value = (name: string) => values[name] ?? '';
  const checked = (name: string) => values[name] === 'ja';

  function validate(): FieldError[] {
    const input = formToObject(new URLSearchParams(new FormData(formRef.current!) as unknown as string), loiForm);
    const parsed = loiSchema.safeParse(input);
    return parsed.success ? [] : fieldErrors(parsed.error).map((e) => ({ ...e, path: targetOf(e.path) }));
  }

  function onBlur(event: React.FocusEvent<HTMLFormElement>) {
    const { name } = event.target as { name?: string };
    if (!name || name.endsWith('.ssyk')) return;
    const nowTouched = new Set(touched).add(name);
    setTouched(nowTouched);
    // Only the fields the person has been to: an untouched field is not wrong yet.
    setErrors(validate().filter((e) => nowTouched.has(e.path) || summary.some((s) => s.path === e.path)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    const found = validate();
    if (found.length > 0) return showErrors(found);
    const input = formToObject(new URLSearchParams(new FormData(formRef.current!) as unknown as string), loiForm);
    idempotencyKey.current ??= crypto.randomUUID();
    setSending(true);
    try {
      const response = await fetch('/api/loi', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey.current },
        body: JSON.stringify(input),
      });
      const body = await response.json();
      if (response.status === 201) return window.location.assign(body.links.submitted);
      if (response.status === 422) return showErrors((body.errors as FieldError[]).map((e) => ({ ...e, path: targetOf(e.path) })));
      setFailure(body.detail ?? body.title ?? t.networkError);
    } catch {
      setFailure(t.networkError);
    } finally {
      setSending(false);
    }
  }

  function showErrors(found: FieldError[]) {
    setErrors(found);
    setSummary(found);
    document.title = `${t.errorTitlePrefix}${document.title.replace(t.errorTitlePrefix, '')}`;
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const radios = <T extends string>(name: string, options: readonly T[], labels: Record<T, string>) =>
    options.map((option, i) => (
      <div className="choice" key={option}>
        <input type="radio" id={i === 0 ? fieldId(name) : `${fieldId(name)}-${option}`} name={name} value={option} defaultChecked={value(name) === option} />
        <label htmlFor={i === 0 ? fieldId(name) : `${fieldId(name)}-${option}`}>{labels[option]}</label>
      </div>
    ));

  const checkbox = (name: keyof typeof f & string) => (
    <div className="choice" key={name}>
      <input type="checkbox" id={fieldId(name)} name={name} value="ja" defaultChecked={checked(name)} aria-describedby={errorOf(name) ? `${fieldId(name)}-error` : undefined} />
      <label htmlFor={fieldId(name)}>{f[name].label}</label>
    </div>
  );

  const text = (name: keyof typeof f & string, props: { type?: string; autoComplete?: string; optional?: boolean; className?: string; inputMode?: 'numeric' | 'tel' | 'email' } = {}) => (
    <Field name={name} label={f[name].label} hint={hintOf(name)} error={errorOf(name)} optional={props.optional}>
      {(describedBy, invalid) => (
        <input
          id={fieldId(name)}
          name={name}
          type={props.type ?? 'text'}
          defaultValue={value(name)}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          className={props.className}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );

  const textarea = (name: keyof typeof f & string, optional = false) => (
    <Field name={name} label={f[name].label} hint={hintOf(name)} error={errorOf(name)} optional={optional}>
      {(describedBy, invalid) => (
        <textarea id={fieldId(name)} name={name} rows={4} defaultValue={value(name)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );

  return (
    <form ref={formRef} id={fieldId('formular')} className="loi-form" method="post" action="/api/loi" noValidate onSubmit={onSubmit} onBlur={onBlur}>
      <ErrorSummary errors={summary} focusRef={summaryRef} />
      <p>{t.formTime}</p>

      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      <div className="field">{checkbox('organisation.enskildFirma')}<p className="hint">{f['organisation.enskildFirma'].hint}</p></div>
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric' })}
      <ChoiceGroup name="organisation.storlek" legend={f['organisation.storlek'].label} error={errorOf('organisation.storlek')}>
        {radios('organisation.storlek', companySizes, t.choices.storlek)}
      </ChoiceGroup>

      <h2>{t.sections.arbetsplats}</h2>
      <Field name="arbetsplatsKommun" label={f.arbetsplatsKommun.label} hint={f.arbetsplatsKommun.hint} error={errorOf('arbetsplatsKommun')}>
        {(describedBy, invalid) => (
          <select id={fieldId('arbetsplatsKommun')} name="arbetsplatsKommun" defaultValue={value('arbetsplatsKommun')} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            <option value="">{t.chooseKommun}</option>
            {kommunerByName.map((k) => (
              <option key={k.kod} value={k.kod}>
                {k.namn}
              </option>
            ))}
          </select>
        )}
      </Field>

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.namn', { autoComplete: 'name' })}
      {text('kontakt.roll', { autoComplete: 'organization-title' })}
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
      {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}

      <h2>{t.sections.behov}</h2>
      <fieldset className="field" aria-describedby={`${fieldId('behov.yrken')}-hint`}>
        <legend>{f['behov.yrken'].label}</legend>
        <p className="hint" id={`${fieldId('behov.yrken')}-hint`}>
          {f['behov.yrken'].hint}
        </p>
        {Array.from({ length: maxOccupations }, (_, i) => (
          <OccupationInput
            key={i}
            name={`behov.yrken.${i}`}
            label={fill(f.yrke.label, { n: i + 1 })}
            optional={i > 0}
            defaultName={value(`behov.yrken.${i}.namn`)}
            defaultSsyk={value(`behov.yrken.${i}.ssyk`)}
            error={errorOf(`behov.yrken.${i}.namn`)}
          />
        ))}
      </fieldset>
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
      <ChoiceGroup name="anstallningsstod" legend={f.anstallningsstod.label} hint={f.anstallningsstod.hint} error={errorOf('anstallningsstod')}>
        {radios('anstallningsstod', subsidyAnswers, t.choices.anstallningsstod)}
      </ChoiceGroup>

      <h2>{t.sections.ovrigt}</h2>
      {textarea('ovrigt', true)}

      <h2>{t.sections.underskrift}</h2>
      <div className={errorOf('ejBindande') ? 'field field-invalid' : 'field'}>
        {errorOf('ejBindande') && <p className="field-error" id={`${fieldId('ejBindande')}-error`}><span className="visually-hidden">{t.errorTitlePrefix}</span>{errorOf('ejBindande')}</p>}
        {checkbox('ejBindande')}
      </div>
      <div className={errorOf('samtycke') ? 'field field-invalid' : 'field'}>
        {errorOf('samtycke') && <p className="field-error" id={`${fieldId('samtycke')}-error`}><span className="visually-hidden">{t.errorTitlePrefix}</span>{errorOf('samtycke')}</p>}
        {checkbox('samtycke')}
      </div>
      {text('undertecknare.namn', { autoComplete: 'name' })}
      {text('undertecknare.titel', { autoComplete: 'organization-title' })}

      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" disabled={sending} aria-disabled={sending || undefined}>
        {sending ? t.sending : t.submit}
      </button>
    </form>
  );
}
