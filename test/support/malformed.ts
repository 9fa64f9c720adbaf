/** Malformed requests: a case per way of breaking a submission, and what every answer to one must be. */
import { expect } from 'vitest';

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

/** The headers of a case: its content type and Idempotency-Key unless it leaves them out. */
export function headersOf(c: Case, defaultKey: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (c.contentType !== '') headers['Content-Type'] = c.contentType ?? 'application/json';
  if (c.key !== null) headers['Idempotency-Key'] = c.key ?? defaultKey;
  return headers;
}

/** A 4xx problem+json whose errors name `path`, each with a message. */
export async function expectProblemNaming(response: Response, path: string) {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = await response.json();
  expect(problem.status).toBe(response.status);
  expect(problem.errors.length).toBeGreaterThan(0);
  for (const error of problem.errors) expect(error.message).toMatch(/\S/);
  expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
}
