/**
 * Forms that work without JavaScript post application/x-www-form-urlencoded. Field names are the
 * contract's dotted paths ("kontakt.epost", "behov.yrken.0.namn"), so a field error's path is also
 * the name of the input it belongs to. This turns such a form into the contract's JSON shape.
 */
export interface FormShape {
  /** Whole numbers, e.g. "behov.antal". */
  numbers?: readonly string[];
  /** Checkboxes: present ("ja") is true, absent is false. */
  booleans?: readonly string[];
  /** Textareas with one item per line. */
  lists?: readonly string[];
}

export function formToObject(params: URLSearchParams, shape: FormShape): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (shape.booleans?.includes(name)) setPath(root, name, true);
    else if (shape.lists?.includes(name)) setPath(root, name, value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean));
    else if (value === '') continue;
    else if (shape.numbers?.includes(name)) setPath(root, name, /^-?\d+$/.test(value) ? Number(value) : value);
    else setPath(root, name, value);
  }
  for (const name of shape.booleans ?? []) if (!params.has(name)) setPath(root, name, false);
  return compactArrays(root) as Record<string, unknown>;
}

/** The dotted name of a field path, as used for input names and ids. */
export const fieldName = (path: readonly (string | number)[]) => path.join('.');

// Only plain names and indexes: a posted name can never reach an object's prototype.
const segmentPattern = /^(?:[A-Za-z][A-Za-z0-9]*|\d{1,2})$/;

function setPath(root: Record<string, unknown>, name: string, value: unknown) {
  const segments = name.split('.');
  if (!segments.every((s) => segmentPattern.test(s))) {
    // Kept as an own unknown key (even "__proto__"), which the contract then names as an error.
    Object.defineProperty(root, name, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  let node: Record<string, unknown> = root;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) node[segment] = value;
    else {
      const next = node[segment];
      if (typeof next !== 'object' || next === null) node[segment] = /^\d+$/.test(segments[i + 1]!) ? [] : {};
      node = node[segment] as Record<string, unknown>;
    }
  });
}

// Rows left empty in the form leave holes in arrays ("yrken.2" filled, "yrken.1" empty).
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}
