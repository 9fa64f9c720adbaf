/** The Idempotency-Key header a JSON submission must carry. */
import { HttpProblem } from './respond.ts';
import type { HttpRequest } from './types.ts';

export function idempotencyKey(request: HttpRequest, what: string): string {
  const key = request.headers['idempotency-key'];
  if (!key)
    throw new HttpProblem(400, 'Idempotency-Key saknas', [
      { path: 'Idempotency-Key', message: `Skicka en unik Idempotency-Key, t.ex. ett UUID, med varje ny ${what}` },
    ]);
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(key))
    throw new HttpProblem(400, 'Ogiltig Idempotency-Key', [
      { path: 'Idempotency-Key', message: 'Idempotency-Key ska vara 8–100 tecken: bokstäver a–z, siffror, - och _' },
    ]);
  return key;
}
