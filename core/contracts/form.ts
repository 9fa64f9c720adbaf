/**
 * Forms that work without JavaScript post application/x-www-form-urlencoded. Field names are the
 * contract's dotted paths ("kontakt.epost", "behov.yrken.0.namn"), so a field error's path is also
 * the name of the input it belongs to. This turns such a form into the contract's JSON shape.
 *
 * Written here rather than with a query-string library such as qs: qs reads brackets as nesting,
 * drops keys like "__proto__" and "toString" silently (the contract must name them as unknown
 * fields) and turns an index above its array limit into an object key, while the names here need
 * only dots, two-digit indexes and the bounds below: a few lines of the contract's own.
 */
export interface FormShape {
  /** Whole numbers, e.g. "behov.antal". */
  numbers?: readonly string[];
  /** Checkboxes: present ("ja") is true, absent is false. */
  booleans?: readonly string[];
  /** Textareas with one item per line. */
  lists?: readonly string[];
  /**
   * A question of the form only, not of the contract: when `when` is answered `is`, each field
   * of `fields` takes the value of the field it names ("the signer is the contact person").
   */
  copies?: readonly { when: string; is: string; fields: Readonly<Record<string, string>> }[];
}

/**
 * Far above what the portal's forms post (a few dozen fields, names of four parts), low enough
 * that no posted name makes deep objects. The schemas bound the values.
 */
export const formBounds = { fields: 200, nameLength: 100, depth: 6 } as const;

/** A form beyond `formBounds`; `path` is the field it is about, "" for the form as a whole. */
export class FormBoundsError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** A posted urlencoded body as its fields, within `formBounds`. */
export function readForm(body: string): URLSearchParams {
  const params = new URLSearchParams(body);
  checkBounds(params);
  return params;
}

function checkBounds(params: URLSearchParams) {
  let fields = 0;
  for (const name of params.keys()) {
    if (++fields > formBounds.fields) throw new FormBoundsError('', `Formuläret får ha högst ${formBounds.fields} fält`);
    if (name.length > formBounds.nameLength)
      throw new FormBoundsError('', `Fältnamnet «${name.slice(0, 40)}…» är längre än ${formBounds.nameLength} tecken`);
    if (name.split('.').length > formBounds.depth)
      throw new FormBoundsError(name, `Fältnamnet «${name}» har fler än ${formBounds.depth} led`);
  }
}

/** The form as the contract's JSON shape; a form beyond `formBounds` throws a FormBoundsError. */
export function formToObject(posted: URLSearchParams, shape: FormShape): Record<string, unknown> {
  checkBounds(posted);
  const params = withCopies(posted, shape);
  const root: Record<string, unknown> = {};
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (shape.booleans?.includes(name)) setPath(root, name, true);
    else if (shape.lists?.includes(name))
      setPath(
        root,
        name,
        value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      );
    else if (value === '') continue;
    else if (shape.numbers?.includes(name)) setPath(root, name, /^-?\d+$/.test(value) ? Number(value) : value);
    else setPath(root, name, value);
  }
  for (const name of shape.booleans ?? []) if (!params.has(name)) setPath(root, name, false);
  return compactArrays(root) as Record<string, unknown>;
}

function withCopies(posted: URLSearchParams, shape: FormShape): URLSearchParams {
  if (!shape.copies) return posted;
  const params = new URLSearchParams(posted);
  for (const { when, is, fields } of shape.copies) {
    const answer = params.get(when);
    params.delete(when);
    if (answer === is) for (const [to, from] of Object.entries(fields)) params.set(to, params.get(from) ?? '');
  }
  return params;
}

// Only plain names and indexes, and an index only into a list: a posted name can never reach an
// object's prototype or a list's length.
const segmentPattern = /^(?:[A-Za-z][A-Za-z0-9]*|\d{1,2})$/;
const isIndex = (segment: string) => /^\d+$/.test(segment);

function setPath(root: Record<string, unknown>, name: string, value: unknown) {
  const segments = name.split('.');
  if (segments.every((s) => segmentPattern.test(s))) {
    let node = root;
    for (const [i, segment] of segments.entries()) {
      // A name before it made this a list ("yrken.0"); a name into it ("yrken.length") is no field of the form.
      if (Array.isArray(node) && !isIndex(segment)) break;
      if (i === segments.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      if (typeof next !== 'object' || next === null) node[segment] = isIndex(segments[i + 1]!) ? [] : {};
      node = node[segment] as Record<string, unknown>;
    }
  }
  // Kept as an own unknown key (even "__proto__"), which the contract then names as an error.
  Object.defineProperty(root, name, { value, enumerable: true, writable: true, configurable: true });
}

// Rows left empty in the form leave holes in arrays ("yrken.2" filled, "yrken.1" empty).
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}
