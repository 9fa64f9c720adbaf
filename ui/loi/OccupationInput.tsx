/**
 * One occupation of the need: a text field that, with JavaScript, searches JobTech's occupation
 * names as you type (the ARIA 1.2 combobox pattern) and keeps the chosen name's SSYK code in a
 * hidden field. Without JavaScript the server looks the written name or code up instead; when it
 * finds no exact name, the form comes back with the names that contain what was written, to pick
 * one of as a radio button.
 */
import { useEffect, useState } from 'react';
import type { Occupation } from '../../core/reference/find-occupation.ts';
import { maxOccupations } from '../../core/contracts/form-options.ts';
import { fill } from '../../core/i18n/fill.ts';
import { loi } from '../../core/i18n/sv/loi.ts';
import { Field, fieldId } from './fields.tsx';

const t = loi.occupationPicker;
const maxShown = 8;

let choices: Promise<Occupation[]> | undefined;
const loadChoices = () => (choices ??= fetch('/data/yrken.json').then((r) => r.json() as Promise<Occupation[]>));

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv');

interface Props {
  /** e.g. "behov.yrken.0"; the inputs are "{name}.namn" and "{name}.ssyk". */
  name: string;
  label: string;
  optional: boolean;
  defaultName: string;
  defaultSsyk: string;
  error?: string;
  /** The occupations to pick among, when the server found none by the name written. */
  suggestions: readonly Occupation[];
}

function OccupationInput({ name, label, optional, defaultName, defaultSsyk, error, suggestions }: Props) {
  const [text, setText] = useState(defaultName);
  const [ssyk, setSsyk] = useState(defaultSsyk);
  const [all, setAll] = useState<Occupation[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputId = fieldId(`${name}.namn`);
  const listId = `${inputId}-lista`;

  useEffect(() => setSsyk(defaultSsyk), [defaultSsyk]);

  const query = normalise(text);
  const matches = query.length < 2 ? [] : rank(all, query).slice(0, maxShown);

  function choose(choice: Occupation) {
    setText(choice.namn);
    setSsyk(choice.ssyk);
    setOpen(false);
    setActive(-1);
  }

  function onChange(value: string) {
    setText(value);
    const exact = all.find((c) => normalise(c.namn) === normalise(value));
    setSsyk(exact?.ssyk ?? (/^\d{4}$/.test(value.trim()) ? value.trim() : ''));
    setOpen(true);
    setActive(-1);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? matches.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(matches[active]!);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && matches.length > 0;
  return (
    <Field name={`${name}.namn`} label={label} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <div className="combobox">
          <input
            id={inputId}
            name={`${name}.namn`}
            type="text"
            autoComplete="off"
            value={text}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onFocus={() => loadChoices().then(setAll, () => undefined)}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          {suggestions.length > 0 ? (
            <fieldset className="suggestions">
              <legend>{fill(t.suggestions, { name: defaultName })}</legend>
              <div className="choices">
                {suggestions.map((choice, i) => (
                  <div className="choice" key={`${choice.namn}-${choice.ssyk}`}>
                    <input type="radio" id={`${inputId}-forslag-${i}`} name={`${name}.ssyk`} value={choice.ssyk} />
                    <label htmlFor={`${inputId}-forslag-${i}`}>
                      {choice.namn} <span className="muted">SSYK {choice.ssyk}</span>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ) : (
            <input type="hidden" name={`${name}.ssyk`} value={ssyk} />
          )}
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern: a list of options owned by the input. */}
          <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
            {expanded &&
              matches.map((choice, i) => (
                // biome-ignore lint/a11y/useFocusableInteractive: the focus stays in the input, which points at the active option (aria-activedescendant).
                <li
                  key={`${choice.namn}-${choice.ssyk}`}
                  id={`${listId}-${i}`}
                  // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the WAI-ARIA combobox's listbox.
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(choice);
                  }}
                >
                  {choice.namn} <span className="muted">SSYK {choice.ssyk}</span>
                </li>
              ))}
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {open && query.length >= 2 ? (matches.length > 0 ? fill(t.results, { n: matches.length }) : t.noMatch) : ''}
          </p>
        </div>
      )}
    </Field>
  );
}

/** Names starting with the query first, then names containing it; shorter names first. */
function rank(all: readonly Occupation[], query: string): Occupation[] {
  const starts: Occupation[] = [];
  const contains: Occupation[] = [];
  for (const choice of all) {
    const name = normalise(choice.namn);
    if (name.startsWith(query)) starts.push(choice);
    else if (name.includes(query)) contains.push(choice);
  }
  const byLength = (a: Occupation, b: Occupation) => a.namn.length - b.namn.length;
  return [...starts.sort(byLength), ...contains.sort(byLength)];
}

interface ListProps {
  /** The contract's path of the list, e.g. "behov.yrken". */
  name: string;
  legend: string;
  hint: string;
  /** "Yrke {n}" */
  itemLabel: string;
  value: (name: string) => string;
  errorOf: (name: string) => string | undefined;
  /** Every occupation name, when the server shows the form again: a name it did not find gets suggestions. */
  choices?: readonly Occupation[];
}

/** The occupations whose names contain what was written, when it was not found as it stands. */
function suggestionsFor(written: string, error: string | undefined, choices: readonly Occupation[]): Occupation[] {
  const query = normalise(written);
  return error && query.length >= 2 ? rank(choices, query).slice(0, maxShown) : [];
}

/** One to five occupations: the first required, the others optional. */
export function OccupationList({ name, legend, hint, itemLabel, value, errorOf, choices = [] }: ListProps) {
  return (
    <fieldset className="field" aria-describedby={`${fieldId(name)}-hint`}>
      <legend>{legend}</legend>
      <p className="hint" id={`${fieldId(name)}-hint`}>
        {hint}
      </p>
      {Array.from({ length: maxOccupations }, (_, i) => (
        <OccupationInput
          // biome-ignore lint/suspicious/noArrayIndexKey: the slots are fixed; a slot's number is its identity.
          key={i}
          name={`${name}.${i}`}
          label={fill(itemLabel, { n: i + 1 })}
          optional={i > 0}
          defaultName={value(`${name}.${i}.namn`)}
          defaultSsyk={value(`${name}.${i}.ssyk`)}
          error={errorOf(`${name}.${i}.namn`)}
          suggestions={suggestionsFor(value(`${name}.${i}.namn`), errorOf(`${name}.${i}.namn`), choices)}
        />
      ))}
    </fieldset>
  );
}
