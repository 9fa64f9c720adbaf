/**
 * GOV.UK-style form parts in Swedish: a label, a hint, the field's error next to it, and the
 * input described by both. `name` is the contract's dotted path; the id is derived from it so
 * the error summary can link to the field.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { loi } from '../../core/i18n/sv/loi.ts';
import type { FormTexts } from '../../core/i18n/jobseeker-texts.ts';

/** What the parts say: Swedish, unless a form in another language gives its own (SchemaForm does). */
export const FormTextsContext = createContext<FormTexts>(loi);

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

export function Field({ name, label, hint, error, optional, children }: FieldProps) {
  const t = useContext(FormTextsContext);
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> {t.optional}</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={`${id}-error`} message={error} />}
      {children(describedBy, Boolean(error))}
    </div>
  );
}

/** A field's error, which the field's input names in its aria-describedby. */
export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const t = useContext(FormTextsContext);
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t.errorTitlePrefix}</span>
      {message}
    </p>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** Radios or checkboxes under one question; the error links to the group's first input. */
export function ChoiceGroup({ name, legend, hint, error, children }: ChoiceGroupProps) {
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <fieldset aria-describedby={describedBy}>
        <legend>{legend}</legend>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && <ErrorMessage id={`${id}-error`} message={error} />}
        <div className="choices">{children}</div>
      </fieldset>
    </div>
  );
}

export function ErrorSummary({ errors, focusRef }: { errors: { path: string; message: string }[]; focusRef?: React.Ref<HTMLDivElement> }) {
  const t = useContext(FormTextsContext);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={focusRef}>
      <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.path}>
            <a href={`#${fieldId(error.path || 'formular')}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
