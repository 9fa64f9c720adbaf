/**
 * Malformed submissions: a case per way of breaking one, and what every refusal of one must be,
 * from the contract itself and over HTTP.
 */
import { expect } from 'vitest';
import type * as z from 'zod';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { fieldId } from '../../ui/loi/fields.tsx';

export interface Case {
  name: string;
  body: string;
  /** The field the answer must name. */
  path: string;
  contentType?: string;
  key?: string | null;
}

// The cases reach into a submission freely to break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

/** A valid submission changed by `change`, as the JSON body. */
export const editOf = (valid: () => object) => (change: (submission: Loose) => void) => {
  const submission: Loose = structuredClone(valid());
  change(submission);
  return JSON.stringify(submission);
};

const formType = 'application/x-www-form-urlencoded';

/** A plain form post (no JavaScript) of `fields`. */
export const formCase = (name: string, fields: Record<string, string>, path: string): Case => ({
  name,
  body: new URLSearchParams(fields).toString(),
  contentType: formType,
  path,
});

/** What the HTTP layer refuses before any contract sees the request, whatever the endpoint. */
export const requestCases = (valid: string): Case[] => [
  { name: 'malformed JSON', body: '{"organisation": {', path: '' },
  { name: 'an empty body', body: '', path: '' },
  { name: 'a 1 MB body', body: valid.replace('{', `{"x":"${'x'.repeat(1024 * 1024)}",`), path: '' },
  { name: 'wrong content type', body: valid, contentType: 'text/plain', path: '' },
  { name: 'no content type', body: valid, contentType: '', path: '' },
  { name: 'no Idempotency-Key', body: valid, key: null, path: 'Idempotency-Key' },
  { name: 'an Idempotency-Key with spaces', body: valid, key: 'inte en nyckel', path: 'Idempotency-Key' },
];

/** What every submission's contract refuses, whatever its fields. */
export const submissionCases = (valid: string): Case[] => [
  { name: 'a JSON array', body: '[]', path: '' },
  { name: 'JSON null', body: 'null', path: '' },
  { name: '__proto__ key at the top', body: valid.replace('{', '{"__proto__":{"admin":true},'), path: '__proto__' },
  { name: 'an unknown field', body: valid.replace('{', '{"personnummer":"19900101-0017",'), path: 'personnummer' },
];

/** The cases called `names`, to send a few of a contract's cases over HTTP as well. */
export function casesNamed(cases: readonly Case[], names: readonly string[]): Case[] {
  return names.map((name) => {
    const found = cases.find((c) => c.name === name);
    if (!found) throw new Error(`No case called «${name}»`);
    return found;
  });
}

/** The headers of a case: its content type and Idempotency-Key unless it leaves them out. */
export function headersOf(c: Case, defaultKey: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (c.contentType !== '') headers['Content-Type'] = c.contentType ?? 'application/json';
  if (c.key !== null) headers['Idempotency-Key'] = c.key ?? defaultKey;
  return headers;
}

// zod's own English messages begin like this; every message a person reads is ours, in Swedish.
const zodEnglish = /^(Invalid|Too (big|small)|Unrecognized)\b/;

/** Field errors, each with a message in words, among them one naming `path`. */
export function expectErrorsNaming(errors: readonly FieldError[], path: string) {
  expect(errors.length).toBeGreaterThan(0);
  expectMessages(errors);
  expect(errors.map((e) => e.path)).toContain(path);
}

/** Every error has a message in words, not one of zod's English defaults. */
export function expectMessages(errors: readonly FieldError[]) {
  expect(errors.filter((e) => !/\S/.test(e.message) || zodEnglish.test(e.message))).toEqual([]);
}

/** The contract refuses the case's body as the server reads it, with field errors naming the case's field. */
export function expectRefusal(schema: z.ZodType, c: Case) {
  const result = schema.safeParse(JSON.parse(c.body));
  expect(result.success).toBe(false);
  expectErrorsNaming(fieldErrors(result.error!), c.path);
}

/** The answer to a case: problem+json to an API client, the form again with its errors to a plain form. */
export async function expectAnswerNaming(response: Response, c: Case) {
  await (c.contentType === formType ? expectFormNaming(response, c.path) : expectProblemNaming(response, c.path));
}

/** A 4xx problem+json whose errors name `path`, each with a message. */
export async function expectProblemNaming(response: Response, path: string) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = await response.json();
  expect(problem.status).toBe(response.status);
  expectErrorsNaming(problem.errors, path);
}

/** A 4xx HTML page: the form again, its error summary linking to the field at `path`. */
async function expectFormNaming(response: Response, path: string) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toContain('text/html');
  expect(await response.text()).toContain(`href="#${fieldId(path)}"`);
}
