/**
 * Responses and errors of the API. Errors are RFC 9457 problem details with field errors; the
 * domain's errors get their status code here, and only here.
 */
import type { FieldError, Problem } from '../../core/contracts/problem.ts';
import { DomainError, Unauthorized, type DomainErrorKind } from '../domain/errors.ts';
import type { Handle, HttpResponse } from './types.ts';
import { logError } from '../log.ts';

const noStore = { 'Cache-Control': 'no-store' };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...noStore, ...headers },
  body: JSON.stringify(body),
});

export const html = (status: number, body: string, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  // The pages show a private link's content: never cached, never sent on as a referrer.
  headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore, 'Referrer-Policy': 'no-referrer', ...headers },
  body,
});

export const redirect = (location: string): HttpResponse => ({ status: 303, headers: { Location: location, ...noStore }, body: '' });

/** An error of the request itself (its body, its headers) to answer with. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly errors: FieldError[] = [],
    readonly detail?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

const statusOf: Record<DomainErrorKind, number> = { 'not-found': 404, conflict: 409, forbidden: 403, invalid: 422, unauthorized: 401 };

/** DynamoDB's answers when a table or the account takes more requests than it can just now. */
const throttling = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded']);
/** Node's codes for a connection refused, dropped or timed out: the local store restarting, the network. */
const connectionFailures = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * The store is away or overloaded: its connection refused or dropped, its 5xx (DynamoDB's
 * InternalServerError, ServiceUnavailable), its throttling. Nothing was wrong with the request, and
 * the same request may succeed in a moment. (The AWS SDK's own classification, @smithy/core/retry,
 * would add 12 kB to every function's bundle.)
 */
function storeUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return throttling.has(error.name) || status === 429 || status >= 500 || connectionFailures.has(code);
}

/** About as long as the local store takes to start again, and longer than DynamoDB's throttling lasts. */
const retryAfterSeconds = 5;

/** The problem to answer an error with; undefined for an error nobody foresaw. */
export function problemOf(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (storeUnavailable(error))
    return new HttpProblem(503, 'Tjänsten är tillfälligt otillgänglig', [], 'Det du skickade har inte sparats. Försök igen om en stund.', {
      'Retry-After': String(retryAfterSeconds),
    });
  if (!(error instanceof DomainError)) return undefined;
  const headers: Record<string, string> = error instanceof Unauthorized ? { 'WWW-Authenticate': `Bearer realm="${error.realm}"` } : {};
  return new HttpProblem(statusOf[error.kind], error.title, error.errors, undefined, headers);
}

export function problem(p: HttpProblem): HttpResponse {
  const body: Problem = {
    type: 'about:blank',
    title: p.title,
    status: p.status,
    errors: p.errors,
    ...(p.detail ? { detail: p.detail } : {}),
  };
  return {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', ...noStore, ...p.headers },
    body: JSON.stringify(body),
  };
}

/** Turns thrown problems and domain errors into their answer, and anything unexpected into a 500 that is logged. */
export function withProblems(handle: Handle): Handle {
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      const known = problemOf(error);
      if (known) return problem(known);
      logError({ message: 'request failed', path: request.path, error });
      return problem(new HttpProblem(500, 'Något gick fel hos oss', [], 'Försök igen om en stund. Det du skickade har inte sparats.'));
    }
  };
}
