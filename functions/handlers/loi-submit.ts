/** POST /api/loi: a new Letter of Intent, as JSON (with Idempotency-Key) or from the plain form. */
import { createHash } from 'node:crypto';
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json, redirect, withProblems } from '../http/respond.ts';
import type { HttpRequest } from '../http/types.ts';
import { submitLoi, submittedPath, type Submitted } from '../domain/loi.ts';
import { parseLoi } from '../domain/loi-input.ts';
import { loiFormPage } from '../pages/loi-form.tsx';

export const handle = withProblems(async (request) => {
  const body = readBody(request);
  const parsed = await parseLoi(body);
  if (body.kind === 'form') {
    if (!parsed.ok) return html(422, await loiFormPage(body.params, parsed.errors));
    // A plain form has no key of its own: the same LOI sent twice (a double click) is one LOI.
    const key = `form-${createHash('sha256').update(JSON.stringify(parsed.loi)).digest('hex')}`;
    const { body: submitted } = await submitLoi(parsed.loi, key);
    return redirect(submittedPath((submitted as Submitted).id));
  }
  const key = idempotencyKey(request);
  if (!parsed.ok) throw new HttpProblem(422, 'Avsiktsförklaringen har fel', parsed.errors);
  const response = await submitLoi(parsed.loi, key);
  return json(response.status, response.body, { Location: `/api/loi/${(response.body as Submitted).id}` });
});

function idempotencyKey(request: HttpRequest): string {
  const key = request.headers['idempotency-key'];
  if (!key) throw new HttpProblem(400, 'Idempotency-Key saknas', [{ path: 'Idempotency-Key', message: 'Skicka en unik Idempotency-Key, t.ex. ett UUID, med varje ny avsiktsförklaring' }]);
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(key))
    throw new HttpProblem(400, 'Ogiltig Idempotency-Key', [{ path: 'Idempotency-Key', message: 'Idempotency-Key ska vara 8–100 tecken: bokstäver a–z, siffror, - och _' }]);
  return key;
}

export const handler = onLambda(handle);
