/**
 * A submission is answered once per Idempotency-Key: a retry with the same key and payload gets
 * the stored answer, another payload a 409 naming the key, a retry while the first still runs a
 * 409 with Retry-After, and a request that failed leaves the key free.
 */
import { expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import type { HttpProblem } from '../../functions/http/respond.ts';

setUpInProcessStore('idempotency-test');

const words = { another: 'en annan avsiktsförklaring', inProgress: 'Avsiktsförklaringen tas redan emot' };

/** A wrapped submission that counts its runs and answers with the payload. */
async function counted(run: (payload: { n: number }) => Promise<void> = async () => undefined) {
  const { makeIdempotent } = await import('../../functions/http/idempotency.ts');
  const { json } = await import('../../functions/http/respond.ts');
  const runs: number[] = [];
  const submit = makeIdempotent(async (payload: { n: number }) => {
    runs.push(payload.n);
    await run(payload);
    return json(201, { n: payload.n }, { Location: `/x/${payload.n}` });
  }, words);
  return { submit, runs };
}

const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('no problem'),
    (error: HttpProblem) => error,
  );

it('answers the same key and payload with the stored answer, and runs once', async () => {
  const { submit, runs } = await counted();
  const first = await submit('same-key-0001', { n: 1 });
  const again = await submit('same-key-0001', { n: 1 });
  expect(again).toEqual(first);
  expect(first).toMatchObject({ status: 201, headers: { Location: '/x/1' } });
  expect(runs).toEqual([1]);
});

it('refuses another payload with the key: 409 naming Idempotency-Key', async () => {
  const { submit, runs } = await counted();
  await submit('other-body-0001', { n: 1 });
  const problem = await problemOf(submit('other-body-0001', { n: 2 }));
  expect(problem.status).toBe(409);
  expect(problem.errors[0]).toEqual({
    path: 'Idempotency-Key',
    message: 'Samma Idempotency-Key har redan använts för en annan avsiktsförklaring',
  });
  expect(runs).toEqual([1]);
});

it('asks a retry to wait while the first request runs: 409 with Retry-After 2', async () => {
  let finish = () => {};
  const running = new Promise<void>((resolve) => (finish = resolve));
  const { submit } = await counted(() => running);
  const first = submit('in-progress-0001', { n: 1 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const problem = await problemOf(submit('in-progress-0001', { n: 1 }));
  expect(problem.status).toBe(409);
  expect(problem.title).toBe(words.inProgress);
  expect(problem.headers['Retry-After']).toBe('2');
  expect(problem.errors[0]!.path).toBe('Idempotency-Key');
  finish();
  expect((await first).status).toBe(201);
});

it('leaves the key free after a request failed, for the payload put right', async () => {
  const { submit, runs } = await counted(async ({ n }) => {
    if (n === 1) throw new Error('refused');
  });
  await expect(submit('failed-once-0001', { n: 1 })).rejects.toThrow('refused');
  expect((await submit('failed-once-0001', { n: 2 })).status).toBe(201);
  expect(await submit('failed-once-0001', { n: 2 })).toMatchObject({ body: JSON.stringify({ n: 2 }) });
  expect(runs).toEqual([1, 2]);
});

it('keys a plain form post by its content', async () => {
  const { formKey } = await import('../../functions/http/idempotency.ts');
  expect(formKey({ a: 1 })).toBe(formKey({ a: 1 }));
  expect(formKey({ a: 1 })).not.toBe(formKey({ a: 2 }));
  expect(formKey({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
});
