/**
 * Reading a request body: JSON or a urlencoded form, bounded in size (a form also in its fields,
 * see core/contracts/form.ts), refused otherwise.
 */
import { FormBoundsError, readForm } from '../../core/contracts/form.ts';
import { HttpProblem } from './respond.ts';
import type { HttpRequest } from './types.ts';

/** Far above any real submission, far below anything that could tire the server. */
export const maxBodyBytes = 64 * 1024;

/** The answer to a body over the limit: here, or from the local server, which stops reading at the limit. */
export const bodyTooLarge = () =>
  new HttpProblem(413, 'För stor förfrågan', [{ path: '', message: `Förfrågan får vara högst ${maxBodyBytes / 1024} kB` }]);

export type Body = { kind: 'json'; value: unknown } | { kind: 'form'; params: URLSearchParams };

export function readBody(request: HttpRequest): Body {
  if (Buffer.byteLength(request.body) > maxBodyBytes) throw bodyTooLarge();
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    try {
      return { kind: 'json', value: JSON.parse(request.body) };
    } catch {
      throw new HttpProblem(400, 'Felaktig JSON', [{ path: '', message: 'Förfrågan är inte giltig JSON' }]);
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    try {
      return { kind: 'form', params: readForm(request.body) };
    } catch (error) {
      if (error instanceof FormBoundsError)
        throw new HttpProblem(400, 'Felaktigt formulär', [{ path: error.path, message: error.message }]);
      throw error;
    }
  }
  throw new HttpProblem(
    415,
    'Fel innehållstyp',
    [{ path: '', message: 'Skicka application/json eller application/x-www-form-urlencoded' }],
    undefined,
    { 'Accept-Post': 'application/json, application/x-www-form-urlencoded' },
  );
}
