/**
 * What every submission form does, whatever it submits: rendered on the server it is a plain form
 * that posts urlencoded and works without JavaScript; in the browser it validates as you go with
 * the submission's own schema, and sends JSON with an Idempotency-Key, so a retry never makes a
 * second submission. Errors go next to the fields and into a summary that takes the focus.
 *
 * The schema (zod and the reference data it checks against) is most of a form's script, so the form
 * loads it when the person first comes into the form, not with the page.
 */
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type * as z from 'zod';
import { formToObject, type FormShape } from '../../core/contracts/form.ts';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { kommuner } from '../../core/reference/index.ts';
import { loi as t } from '../../core/i18n/sv/loi.ts';
import type { FormTexts } from '../../core/i18n/jobseeker-texts.ts';
import type { JobseekerLanguage } from '../../core/i18n/index.ts';
import { ChoiceGroup, ErrorMessage, ErrorSummary, Field, fieldId } from './fields.tsx';
import { OccupationList } from './OccupationInput.tsx';
import type { Occupation } from '../../core/reference/find-occupation.ts';

interface Options {
  /** Loads the submission's schema, e.g. `() => import('…/loi.ts').then((m) => m.loiSchema)`. */
  schema: () => Promise<z.ZodType>;
  shape: FormShape;
  /** The API the form posts to, e.g. "/api/loi". */
  action: string;
  /** The input an error is about, when the error's path is a group's or a header's. */
  targetOf?: (path: string) => string;
  /**
   * A field sent as the bearer token rather than as part of the submission (a supplier's key), and
   * what its error says when it is empty: checked with the other fields, before anything is sent.
   */
  bearer?: { field: string; missing: string };
  initialErrors?: FieldError[];
  /** Whether an error at `path` is shown: a field the form fills from another has the other's errors. */
  shown?: (path: string) => boolean;
  /**
   * The page, rendered on request, where the answers are checked before they are sent: the plain
   * form posts there; in the browser the same step is shown in place of the form.
   */
  checkAction?: string;
  /**
   * What the form's own parts say (sending, the network error, the title's error mark) in a form in
   * another language than Swedish; the form gives its fields the same texts (FormTextsContext).
   */
  texts?: FormTexts;
  /**
   * The errors' words in a form in another language than the schema's Swedish: of an issue the
   * schema finds in the form, and of an error the server found (by its field).
   */
  messages?: { ofIssue: (issue: z.core.$ZodIssue) => string; ofError: (error: FieldError) => string };
  /**
   * The form's language. The API words its problems (too many submissions, a conflict, a fault) in
   * Swedish, so a form in another language says such a failure in its own words (`texts.sendFailed`).
   */
  language?: JobseekerLanguage;
}

/** Answers whose errors are about what was filled in, and so are shown at the fields. */
const fieldErrorStatuses = new Set([401, 403, 422]);

export function useSchemaForm({
  schema,
  shape,
  action,
  targetOf = (path) => path,
  bearer: bearerField,
  initialErrors = [],
  shown = () => true,
  checkAction,
  texts = t,
  messages,
  language = 'sv',
}: Options) {
  const [errors, setErrors] = useState<FieldError[]>(() => initialErrors.filter((e) => shown(e.path)));
  const [summary, setSummary] = useState<FieldError[]>(() => initialErrors.filter((e) => shown(e.path)));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  /** The answers being checked, while the check step stands in place of the form. */
  const [checking, setChecking] = useState<URLSearchParams>();
  const idempotencyKey = useRef<string>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const checkRef = useRef<HTMLHeadingElement>(null);

  const errorOf = (name: string) => errors.find((e) => targetOf(e.path) === name || e.path === name)?.message;
  const toFields = (found: FieldError[]) => found.map((e) => ({ ...e, path: targetOf(e.path) }));

  const posted = () => new URLSearchParams(new FormData(formRef.current!) as unknown as string);

  function read(): { input: Record<string, unknown>; bearer?: string } {
    const params = posted();
    const bearer = bearerField ? (params.get(bearerField.field) ?? '') : undefined;
    if (bearerField) params.delete(bearerField.field);
    return { input: formToObject(params, shape), bearer };
  }

  async function validate(): Promise<FieldError[]> {
    const { input, bearer } = read();
    const parsed = (await schema()).safeParse(input);
    const missingBearer = bearerField && !bearer?.trim() ? [{ path: bearerField.field, message: bearerField.missing }] : [];
    return [...missingBearer, ...(parsed.success ? [] : toFields(fieldErrors(parsed.error, messages?.ofIssue)))].filter((e) =>
      shown(e.path),
    );
  }

  /** Into the form: the schema starts loading, so it is there when the first field is checked. */
  function onFocus() {
    schema().catch(() => undefined);
  }

  async function onBlur(event: React.FocusEvent<HTMLFormElement>) {
    const { name, type, value } = event.target as Partial<HTMLInputElement>;
    if (!name || name.endsWith('.ssyk')) return;
    // An empty field passed on the way is not wrong yet: as you go, only what was written is checked.
    const written = type === 'checkbox' || type === 'radio' || Boolean(value?.trim());
    const nowTouched = new Set(touched);
    if (written) nowTouched.add(name);
    else nowTouched.delete(name);
    setTouched(nowTouched);
    // Only the fields the person has been to: an untouched field is not wrong yet.
    const found = await validate().catch(() => []);
    setErrors(found.filter((e) => nowTouched.has(e.path) || summary.some((s) => s.path === e.path)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    let found: FieldError[];
    try {
      found = await validate();
    } catch {
      // Without its schema the script cannot check: the form goes as it would without JavaScript.
      return formRef.current?.submit();
    }
    if (found.length > 0) return showErrors(found);
    if (checkAction && !checking) {
      setChecking(posted());
      requestAnimationFrame(() => checkRef.current?.focus());
      return;
    }
    const { input, bearer } = read();
    idempotencyKey.current ??= crypto.randomUUID();
    setSending(true);
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': idempotencyKey.current,
          ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify(input),
      });
      const body = await response.json();
      if (response.status === 201) return window.location.assign(body.links.submitted);
      if (fieldErrorStatuses.has(response.status) && body.errors?.length) {
        const found = body.errors as FieldError[];
        return showErrors(toFields(messages ? found.map((e) => ({ ...e, message: messages.ofError(e) })) : found));
      }
      setFailure(language === 'sv' ? (body.detail ?? body.title ?? texts.sendFailed) : texts.sendFailed);
    } catch {
      setFailure(texts.networkError);
    } finally {
      setSending(false);
    }
  }

  /** The errors in the order of their fields in the form, as a person reads it. */
  function inFormOrder(found: FieldError[]): FieldError[] {
    const fields = [...(formRef.current?.elements ?? [])].map((element) => element.id);
    const position = (error: FieldError) => {
      const at = fields.indexOf(fieldId(error.path));
      return at === -1 ? fields.length : at;
    };
    return [...found].sort((a, b) => position(a) - position(b));
  }

  /** Back from the check step to the form, at the field whose answer is to change. */
  function change(field: string) {
    setChecking(undefined);
    requestAnimationFrame(() => document.getElementById(fieldId(field))?.focus());
  }

  function showErrors(unordered: FieldError[]) {
    setChecking(undefined);
    const found = inFormOrder(unordered);
    setErrors(found);
    setSummary(found);
    document.title = `${texts.errorTitlePrefix}${document.title.replace(texts.errorTitlePrefix, '')}`;
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return {
    action: checkAction ?? action,
    summary,
    sending,
    failure,
    summaryRef,
    formRef,
    errorOf,
    onFocus,
    onBlur,
    onSubmit,
    checking,
    checkRef,
    change,
    texts,
  };
}

/** Every kommun by name (the reference data's own order), for a workplace's kommun. */
export const kommunOptions = kommuner.map((k) => ({ value: k.kod, label: k.namn }));

/** The input an error is about: an occupation list's own error leads to its first input. */
export const occupationTarget = (list: string) => (path: string) => (path === list ? `${list}.0.namn` : path);

type Labels = Record<string, { label: string; hint?: string }>;

interface TextProps {
  type?: string;
  autoComplete?: string;
  optional?: boolean;
  className?: string;
  inputMode?: 'numeric' | 'tel' | 'email';
}

/**
 * The form's inputs, labelled from the form's dictionary and filled with what was posted; with
 * `occupationChoices` (the server shows the form again) an occupation not found gets suggestions.
 */
export function formFields(
  labels: Labels,
  values: Record<string, string>,
  errorOf: (name: string) => string | undefined,
  occupationChoices?: readonly Occupation[],
) {
  const value = (name: string) => values[name] ?? '';
  const checked = (name: string) => values[name] === 'ja';

  /** One question answered by one of its options; the first option carries the id errors link to; `onChange` hears each answer. */
  const radioGroup = <T extends string>(
    name: string,
    options: readonly T[],
    optionLabels: Record<T, string>,
    onChange?: (value: string) => void,
  ) => (
    <ChoiceGroup name={name} legend={labels[name]!.label} hint={labels[name]!.hint} error={errorOf(name)}>
      {options.map((option, i) => (
        <div className="choice" key={option}>
          <input
            type="radio"
            id={i === 0 ? fieldId(name) : `${fieldId(name)}-${option}`}
            name={name}
            value={option}
            defaultChecked={value(name) === option}
            onChange={onChange && ((event) => onChange(event.target.value))}
          />
          <label htmlFor={i === 0 ? fieldId(name) : `${fieldId(name)}-${option}`}>{optionLabels[option]}</label>
        </div>
      ))}
    </ChoiceGroup>
  );

  const checkbox = (name: string) => (
    <div className="choice" key={name}>
      <input
        type="checkbox"
        id={fieldId(name)}
        name={name}
        value="ja"
        defaultChecked={checked(name)}
        aria-describedby={errorOf(name) ? `${fieldId(name)}-error` : undefined}
      />
      <label htmlFor={fieldId(name)}>{labels[name]!.label}</label>
    </div>
  );

  /** A checkbox that must be ticked: its error stands above it. */
  const confirmation = (name: string) => {
    const error = errorOf(name);
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        {error && <ErrorMessage id={`${fieldId(name)}-error`} message={error} />}
        {checkbox(name)}
      </div>
    );
  };

  const text = (name: string, props: TextProps = {}) => (
    <Field name={name} label={labels[name]!.label} hint={labels[name]!.hint} error={errorOf(name)} optional={props.optional}>
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

  const textarea = (name: string, optional = false) => (
    <Field name={name} label={labels[name]!.label} hint={labels[name]!.hint} error={errorOf(name)} optional={optional}>
      {(describedBy, invalid) => (
        <textarea
          id={fieldId(name)}
          name={name}
          rows={4}
          defaultValue={value(name)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );

  /** A list to choose one from; `onChange` hears each choice, for a form whose other fields follow it. */
  const select = (
    name: string,
    placeholder: string,
    options: readonly { value: string; label: string }[],
    optional = false,
    onChange?: (value: string) => void,
  ) => (
    <Field name={name} label={labels[name]!.label} hint={labels[name]!.hint} error={errorOf(name)} optional={optional}>
      {(describedBy, invalid) => (
        <select
          id={fieldId(name)}
          name={name}
          defaultValue={value(name)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={onChange && ((event) => onChange(event.target.value))}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  /** A list of occupations, each item labelled by the dictionary's `yrke`. */
  const occupations = (name: string) => (
    <OccupationList
      name={name}
      legend={labels[name]!.label}
      hint={labels[name]!.hint!}
      itemLabel={labels.yrke!.label}
      value={value}
      errorOf={errorOf}
      choices={occupationChoices}
    />
  );

  return { radioGroup, checkbox, confirmation, text, textarea, select, occupations };
}

interface SchemaFormProps {
  form: ReturnType<typeof useSchemaForm>;
  /** The form's own texts: how long it takes to fill in, and the submit button's label. */
  texts: { formTime: string; submit: string };
  /** The answers to check, when the form has a check step (its `checkAction`). */
  check?: (posted: URLSearchParams) => ReactNode;
  children: ReactNode;
}

/**
 * A submission form around its fields: the error summary and how long the form takes above them;
 * below them the message shown when the server could not be reached or failed, and the submit button
 * ("Fortsätt" to the check step where the form has one).
 */
export function SchemaForm({ form, texts, check, children }: SchemaFormProps) {
  const button = check && !form.checking ? t.continue : texts.submit;
  return (
    <form
      ref={form.formRef}
      id={fieldId('formular')}
      className="loi-form"
      method="post"
      action={form.action}
      noValidate
      onSubmit={form.onSubmit}
      onFocus={form.onFocus}
      onBlur={form.onBlur}
    >
      <div hidden={Boolean(form.checking)}>
        <ErrorSummary errors={form.summary} focusRef={form.summaryRef} />
        <p>{texts.formTime}</p>
        {children}
      </div>
      {check && form.checking && (
        <>
          <h2 ref={form.checkRef} tabIndex={-1}>
            {t.check.title}
          </h2>
          <p>{t.check.lead}</p>
          {check(form.checking)}
        </>
      )}
      {form.failure && (
        <p className="notice notice-error" role="alert">
          {form.failure}
        </p>
      )}
      <button type="submit" disabled={form.sending} aria-disabled={form.sending || undefined}>
        {form.sending ? form.texts.sending : button}
      </button>
    </form>
  );
}
