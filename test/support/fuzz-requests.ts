/**
 * Generated POST requests for any route, the kind an API client, a browser without JavaScript, a
 * careless integrator or an attacker sends: a valid submission with fields broken, random JSON,
 * random urlencoded forms, raw bytes, bodies near the size limit, wrong or missing headers, and
 * for the routes with an {id} random and encoded ids and credentials. Most are wrong somewhere;
 * the few that come out valid are stored and mailed like any other.
 */
import fc from 'fast-check';
import { maxBodyBytes } from '../../functions/http/body.ts';

export interface FuzzRequest {
  /** The path and query, as fetch sends them (it encodes what must be). */
  target: string;
  headers: Record<string, string>;
  /** The bytes sent, so that a missing Content-Type stays missing and any encoding can be sent. */
  body: Uint8Array<ArrayBuffer>;
}

type BodyKind = 'json' | 'form' | 'other';

/** What the portal knows: ids of stored submissions and the credentials that open them or sign a report. */
type Known = Pick<RouteFuzz, 'ids' | 'secrets'>;

type Tree = Record<string, unknown>;

/** Percent-encodes any text: a lone surrogate, which has no UTF-8, as U+FFFD (the way fetch sends it in a body). */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** A choice among `items` with the weight given, or none when there are none to choose from. */
const choiceOf = <T>(weight: number, items: readonly T[], map: (arbitrary: fc.Arbitrary<T>) => fc.Arbitrary<T> = (a) => a) =>
  items.length > 0 ? [{ weight, arbitrary: map(fc.constantFrom(...items)) }] : [];

// ---------------------------------------------------------------------------------------------
// Text

/** Characters that have broken parsers, mails and pages elsewhere: controls, line and paragraph
 * separators, bidi and zero-width characters, lone surrogates, markup, encodings' own syntax. */
const awkward = [
  '\0',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202E',
  '\u2066',
  '\u061C',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\uFFFD',
  '\uFFFF',
  'e\u0301',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  'Å',
  'ﬁ',
  '<script>alert(1)</script>',
  'javascript:',
  '=cmd|/c calc!A1',
  '"',
  "'",
  '\\',
  '%',
  '%00',
  '&',
  '=',
  '+',
  '.',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's syntax as text, as an injection attempt writes it
  '${7*7}',
  '{{7*7}}',
  '19900101-0017',
  '850312–1231',
  'Subject: x',
  '\r\nBcc: x@exempel.se',
];

const textParts = fc
  .array(fc.oneof(fc.constantFrom(...awkward), fc.string({ maxLength: 8 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** A long run of one character, up to past the size limit in bytes. */
const longText = fc
  .tuple(fc.constantFrom('a', ' ', 'å', '€', '😀', '\u200B', '\0', '\n', '%'), fc.integer({ min: 100, max: maxBodyBytes / 8 }))
  .map(([c, n]) => c.repeat(n));

/** Text of every kind, short enough for a URL. */
const shortText = fc.oneof(
  { weight: 3, arbitrary: textParts },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00A0', '\n') },
);

/**
 * Text a contract takes, in scripts and shapes the example never has: letters of other alphabets,
 * emoji, combining marks, quotes, a mail header's encoded-word syntax, lines near a field's bound.
 * Such a submission is stored and mailed.
 */
const plausibleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Å',
        'é',
        'ß',
        'ﬁ',
        'ø',
        'Ł',
        'ع',
        'ש',
        '漢',
        'ア',
        'Ж',
        'e\u0301',
        '😀',
        '👩‍🔧',
        '"',
        "'",
        '=?UTF-8?B?',
        '?=',
        ': ',
        '; ',
        ' ',
      ),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö -,.'), maxLength: 20 }),
    ),
    { minLength: 1, maxLength: 200 },
  )
  .map((parts) => parts.join(''));

const text = fc.oneof({ weight: 7, arbitrary: shortText }, { weight: 1, arbitrary: longText }, { weight: 2, arbitrary: plausibleText });

// ---------------------------------------------------------------------------------------------
// JSON

/** Keys an object must never take as anything but a field it does not know. */
const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Nested lists or groups `depth` deep, built without recursion. */
function nested(depth: number, open: 'list' | 'group'): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = open === 'list' ? [value] : { a: value };
  return value;
}

const deep = fc.tuple(fc.integer({ min: 2, max: 1500 }), fc.constantFrom('list' as const, 'group' as const)).map(([d, o]) => nested(d, o));

/** A value of any type where the contract expects one type. */
const value = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -0,
      -1,
      0.5,
      1e308,
      2 ** 53 + 1,
      '3',
      ' 3 ',
      '1e3',
      '0x10',
      'NaN',
      'true',
      [],
      {},
      [[]],
      [''],
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: deep },
);

/** Sets an own property, even one called "__proto__", as JSON.parse would. */
const define = (node: object, key: string, v: unknown) =>
  Object.defineProperty(node, key, { value: v, enumerable: true, writable: true, configurable: true });

type Change =
  | { op: 'set'; value: unknown }
  | { op: 'delete' }
  | { op: 'wrap' }
  | { op: 'stringify' }
  | { op: 'add'; key: string; value: unknown };

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: value.map((v) => ({ op: 'set' as const, value: v })) },
  { weight: 1, arbitrary: fc.constant({ op: 'delete' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'wrap' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'stringify' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.oneof(fc.constantFrom(...prototypeKeys), fc.string({ maxLength: 12 })), value)
      .map(([key, v]) => ({ op: 'add' as const, key, value: v })),
  },
);

/** Every place in a submission, each group, list and value, by its path ([] for the whole). */
function pathsOf(v: unknown, at: string[] = []): string[][] {
  const keys = typeof v === 'object' && v !== null ? Object.keys(v) : [];
  return [at, ...keys.flatMap((key) => pathsOf((v as Tree)[key], [...at, key]))];
}

/** `root` with `c` made at `path`; a path an earlier change removed is left alone. */
function changed(root: unknown, path: readonly string[], c: Change): unknown {
  const at = (node: unknown, keys: readonly string[]) =>
    keys.reduce<unknown>((n, k) => (typeof n === 'object' && n !== null && Object.hasOwn(n, k) ? (n as Tree)[k] : undefined), node);
  const target = at(root, path);
  const replaced = (v: unknown): unknown => {
    if (path.length === 0) return v;
    const parent = at(root, path.slice(0, -1));
    if (typeof parent === 'object' && parent !== null) define(parent, path.at(-1)!, v);
    return root;
  };
  switch (c.op) {
    case 'set':
      return replaced(c.value);
    case 'wrap':
      return target === undefined ? root : replaced([target]);
    case 'stringify':
      return target === undefined ? root : replaced(typeof target === 'string' ? target : JSON.stringify(target));
    case 'delete': {
      const parent = at(root, path.slice(0, -1));
      if (path.length > 0 && typeof parent === 'object' && parent !== null) delete (parent as Tree)[path.at(-1)!];
      return root;
    }
    case 'add':
      if (typeof target === 'object' && target !== null) define(target, c.key, c.value);
      return root;
  }
}

/** The example with one to three of its places changed, as JSON. */
const brokenJson = (example: object) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pathsOf(example)), change), { minLength: 1, maxLength: 3 })
    .map((changes) => JSON.stringify(changes.reduce<unknown>((root, [path, c]) => changed(root, path, c), structuredClone(example))));

/** JSON text no parser should choke on: deep nesting up to the size limit, huge numbers, duplicate keys. */
const hostileJson = fc.oneof(
  fc.integer({ min: 1000, max: maxBodyBytes / 2 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1000, max: Math.floor(maxBodyBytes / 6) }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.constantFrom('{"a":1,"a":2}', '{"__proto__":{"x":1},"__proto__":[]}', '1e999999', '-0', '"\\ud800"', '{"a":"\\u0000"}', '\uFEFF{}'),
);

// ---------------------------------------------------------------------------------------------
// Forms

/** A submission as the plain form posts it: dotted names, list items by index, ticked boxes as "ja". */
function formFields(v: unknown, at = ''): [string, string][] {
  if (Array.isArray(v) || (typeof v === 'object' && v !== null))
    return Object.entries(v).flatMap(([k, child]) => formFields(child, at ? `${at}.${k}` : k));
  if (v === false) return [];
  return [[at, v === true ? 'ja' : String(v)]];
}

/** Names a form's parser must bound or refuse: brackets, prototype paths, deep, long. */
const formName = (names: readonly string[]) =>
  fc.oneof(
    ...choiceOf(3, names),
    ...choiceOf(2, names, (name) => name.map((n) => n.replace(/\.(\w+)/g, '[$1]'))),
    ...choiceOf(1, names, (name) => name.map((n) => `${n}[]`)),
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '__proto__',
        '__proto__.admin',
        '__proto__[admin]',
        'constructor.prototype.admin',
        'kontakt.__proto__.epost',
        'toString',
        'behov.yrken.length',
        'behov.yrken.99.namn',
        'behov.yrken.-1.namn',
        'behov.yrken.1e3.namn',
        'a..b',
        '.a',
        'a.',
        '',
        'token',
        'nyckel',
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 3000 }).map((n) => Array.from({ length: n }, () => 'a').join('.')) },
    { weight: 1, arbitrary: fc.integer({ min: 90, max: 6000 }).map((n) => 'n'.repeat(n)) },
    { weight: 2, arbitrary: text },
  );

/** Percent-encodings valid and broken, and the form's own syntax, as raw body text. */
const rawFormPiece = fc.constantFrom(
  '%',
  '%E0',
  '%zz',
  '%C3%28',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  '%0D%0A',
  '%F0%9F%98%80',
  '%C3%A5',
  '%25',
  '+',
  '%2B',
  '&',
  '=',
  ';',
);

const encodedPart = (s: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: s.map(encode) },
    { weight: 1, arbitrary: s },
    { weight: 1, arbitrary: fc.tuple(s, rawFormPiece).map(([a, b]) => `${encode(a)}${b}`) },
  );

/** A field of the form as it was (undefined), left out (null), or with another value: mostly as it was. */
const fieldChange = fc.oneof(
  { weight: 20, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: text },
);

/** The example's form with fields changed, added, repeated and dropped. */
const brokenForm = (example: object) => {
  const fields = formFields(example);
  const names = fields.map(([name]) => name);
  const repeats = names.length > 0 ? [{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...names), fc.integer({ min: 2, max: 250 })) }] : [];
  return fc
    .record({
      changes: fc.array(fieldChange, { minLength: fields.length, maxLength: fields.length }),
      added: fc.array(fc.tuple(encodedPart(formName(names)), encodedPart(text)), { maxLength: 6 }),
      // Now and then a name many times, up to past the form's bound on fields.
      repeated: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, ...repeats),
    })
    .map(({ changes, added, repeated }) => {
      const kept = fields.flatMap(([name, v], i) => (changes[i] === null ? [] : [`${encode(name)}=${encode(changes[i] ?? v)}`]));
      const again = repeated ? Array.from({ length: repeated[1] }, () => `${encode(repeated[0])}=x`) : [];
      return [...kept, ...added.map(([n, v]) => `${n}=${v}`), ...again].join('&');
    });
};

/** Any urlencoded body at all. */
const randomForm = (names: readonly string[]) =>
  fc.oneof(
    fc
      .array(fc.tuple(encodedPart(formName(names)), encodedPart(text)), { maxLength: 12 })
      .map((pairs) => pairs.map((p) => p.join('=')).join('&')),
    fc.array(fc.oneof(rawFormPiece, fc.string({ maxLength: 6 })), { maxLength: 30 }).map((parts) => parts.join('')),
    fc.integer({ min: 150, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => `f${i}=x`).join('&')),
  );

// ---------------------------------------------------------------------------------------------
// Bodies and headers

/** The example as JSON, padded with one unknown field to a size a few hundred bytes either side of the limit. */
const nearLimit = (example: object) =>
  fc.tuple(fc.integer({ min: -300, max: 300 }), fc.constantFrom('x', 'å', '€')).map(([offset, pad]) => {
    const base = JSON.stringify({ ...example, fyllnad: '' });
    const room = maxBodyBytes + offset - Buffer.byteLength(base);
    return base.replace('"fyllnad":""', `"fyllnad":"${pad.repeat(Math.max(0, Math.floor(room / Buffer.byteLength(pad))))}"`);
  });

const contentTypes: Record<BodyKind, readonly string[]> = {
  json: ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"', 'application/json ; foo=bar'],
  form: [
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=UTF-8',
    'APPLICATION/X-WWW-FORM-URLENCODED;charset=iso-8859-1',
  ],
  other: ['text/plain', 'text/plain;charset=UTF-8'],
};

const wrongContentTypes = [
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/problem+json',
  'application/jsonx',
  'multipart/form-data; boundary=x',
  'text/html',
  'application/',
  ';',
  ' ',
  '*/*',
  'application/json, application/x-www-form-urlencoded',
];

/** Text a header may carry: visible ASCII and Latin-1, which fetch sends as bytes. */
const headerText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((c) => String.fromCharCode(c)),
    maxLength,
  });

const contentType = (kind: BodyKind) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...contentTypes[kind]) },
    { weight: 2, arbitrary: fc.constantFrom(...Object.values(contentTypes).flat(), ...wrongContentTypes) },
    { weight: 1, arbitrary: headerText(40) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** Bodies of every kind made from the examples, each with the Content-Type it is sent with (mostly the right one). */
function bodies(examples: readonly object[]) {
  const fromEach = (make: (example: object) => fc.Arbitrary<string>) => fc.oneof(...examples.map(make));
  const names = [...new Set(examples.flatMap((example) => formFields(example).map(([name]) => name)))];
  const sent = (weight: number, kind: BodyKind, text: fc.Arbitrary<string>) => ({
    weight,
    arbitrary: fc.record({ kind: fc.constant(kind), text, contentType: contentType(kind) }),
  });
  return fc.oneof(
    sent(8, 'json', fromEach(brokenJson)),
    sent(6, 'form', fromEach(brokenForm)),
    sent(2, 'json', fc.json({ maxDepth: 4 })),
    sent(1, 'json', hostileJson),
    sent(2, 'form', randomForm(names)),
    sent(1, 'json', fromEach(nearLimit)),
    sent(1, 'other', fc.string({ unit: 'binary', maxLength: 200 })),
    sent(1, 'json', fc.constant('')),
    sent(1, 'form', fc.constant('')),
  );
}

/** The credentials the portal knows, a little broken, or anything at all. */
const secret = (known: Known) =>
  fc.oneof(
    ...choiceOf(4, known.secrets),
    ...choiceOf(2, known.secrets, (s) =>
      fc.tuple(s, fc.nat(), headerText(3)).map(([value, at, t]) => value.slice(0, at % (value.length + 1)) + t),
    ),
    { weight: 2, arbitrary: headerText(80) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  );

const bearer = (known: Known) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: secret(known)
        .filter((s) => /^[\x20-\x7e\xa0-\xff]*$/.test(s))
        .map((s) => `Bearer ${s}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'bearer x', 'Basic dXNlcjpwYXNz', 'Bearer a b', 'Token x') },
    { weight: 1, arbitrary: headerText(60) },
  );

// Mostly a fresh key; sometimes one of a few, to reach the replay and the conflict of a retry.
const idempotencyKey = fc.oneof(
  { weight: 6, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.constantFrom('fuzz-key-0001', 'fuzz-key-0002', 'fuzz-key-0003') },
  { weight: 2, arbitrary: headerText(120) },
);

const language = fc.constantFrom('en', 'sv', 'en-GB,en;q=0.9', 'sv-SE, en;q=0.5', '*', 'xx', ';q=', 'en;q=abc');

/** An {id} of the path: a stored one, random, or anything at all, percent-encoded or as written. */
const pathId = (known: Known) =>
  fc.oneof(
    ...choiceOf(3, known.ids),
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: shortText.map(encode) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 4000 }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), rawFormPiece).map(([s, p]) => encode(s) + p) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('%E0', '%', '%zz', '%2F', '..', '.', '%2e%2e', 'null', 'undefined', '__proto__', 'constructor'),
    },
  );

const query = (known: Known) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: secret(known).map((s) => `?token=${encode(s)}`) },
    { weight: 1, arbitrary: encodedPart(shortText).map((s) => `?${s}`) },
  );

/** Adds the credential field to a form, as a form with a token or a supplier's key posts it. */
const withFormCredential = (known: Known) => fc.option(fc.tuple(fc.constantFrom('token', 'nyckel'), secret(known)), { freq: 2 });

/** What a route's requests are made from: valid bodies to break, and the ids and credentials the portal knows. */
export interface RouteFuzz {
  /** API Gateway style, e.g. "/api/loi/{id}/confirm"; each {placeholder} is filled in here. */
  path: string;
  examples: readonly object[];
  /** Ids of stored items, for the {id}. */
  ids: readonly string[];
  /** Tokens and keys that open them or sign a report. */
  secrets: readonly string[];
}

/** A header sent `odds` times for each time it is left out. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, odds: number) =>
  fc.oneof({ weight: Math.round(odds * 10), arbitrary }, { weight: 10, arbitrary: fc.constant(undefined) });

/** Requests to a route, made from its `RouteFuzz`. */
export function postRequests({ path, examples, ids, secrets }: RouteFuzz): fc.Arbitrary<FuzzRequest> {
  const known = { ids, secrets };
  return fc
    .record({
      path: path.includes('{') ? pathId(known).map((id) => path.replace(/\{\w+\}/g, id)) : fc.constant(path),
      query: query(known),
      body: bodies(examples),
      credentialField: withFormCredential(known),
      headers: fc.record({
        'Idempotency-Key': sometimes(idempotencyKey, 9),
        Authorization: sometimes(bearer(known), 1),
        'Accept-Language': sometimes(language, 0.3),
      }),
      latin1: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map(({ path: p, query: q, body: b, credentialField, headers, latin1 }) => {
      const text = b.kind === 'form' && credentialField ? `${b.text}&${credentialField[0]}=${encode(credentialField[1])}` : b.text;
      const request = {
        target: `${p}${q}`,
        headers: Object.fromEntries(
          Object.entries({ 'Content-Type': b.contentType, ...headers }).filter(
            (entry): entry is [string, string] => entry[1] !== undefined,
          ),
        ),
        // Latin-1 now and then, as an old form or a client that ignores the charset sends it.
        body: new Uint8Array(Buffer.from(text, latin1 ? 'latin1' : 'utf8')),
      };
      // A counterexample is printed short: a body near the limit would fill the screen.
      const shown = (s: string, max: number) => JSON.stringify(s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s);
      const summary = `POST ${shown(request.target, 300)} ${JSON.stringify(request.headers)} ${latin1 ? 'Latin-1' : 'UTF-8'} ${shown(text, 600)}`;
      return Object.assign(request, { [fc.toStringMethod]: () => summary });
    });
}
