/**
 * Every POST route of functions/routes.ts, against the portal as `npm start` runs it, over generated
 * requests (test/support/fuzz-requests.ts): whatever arrives, the answer is never a 5xx. A refusal
 * is a problem+json that names what is wrong, or to a plain form the form again with its errors.
 * FUZZ_RUNS raises the requests per route, FUZZ_SEED picks other ones.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { loiCheckAction } from '../../core/paths.ts';
import { validGap, validLoi, validNeeds } from '../../scripts/examples.ts';
import { fuzzRuns } from '../support/fuzz.ts';
import { expectMessages } from '../support/malformed.ts';
import { type FuzzRequest, postRequests, type RouteFuzz } from '../support/fuzz-requests.ts';
import { type PortalProcess, readOutbox, startPortalProcess } from '../support/portal-process.ts';
import { withoutRateLimits } from '../../scripts/portal-process.ts';
import { issueKey, postJson } from '../support/signal-fixture.ts';

const numRuns = fuzzRuns(2000);
// The same requests every run, so a failure is found again; FUZZ_SEED explores others.
const seed = Number(process.env.FUZZ_SEED) || 20_261_111;

const posts = routes.filter((route) => route.method === 'POST');

/**
 * A valid submission for each route that takes one: a new route without one is sent all of them,
 * and a route on its items gets them only once it has one.
 */
const examples: Record<string, object> = { '/api/loi': validLoi(), '/api/needs': validNeeds(), '/api/gaps': validGap() };

/** The route an {id} route's items are submitted to: "/api/loi" for "/api/loi/{id}/confirm". */
const collectionOf = (path: string) => path.slice(0, path.indexOf('/{'));

let portal: PortalProcess;
let supplierKey: string;
/** Stored items, with the token of their private link, by the route they were submitted to. */
const stored = new Map<string, { id: string; token: string }[]>();

/** Submits the collection's example and reads the token of its private link in the outbox. */
async function submitted(collection: string): Promise<{ id: string; token: string }> {
  const response = await postJson(portal.url, collection, examples[collection], { 'Idempotency-Key': randomUUID() });
  if (response.status !== 201) throw new Error(`${collection} answered ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  for (const mail of await readOutbox(portal.outboxDir))
    for (const link of mail.text.match(/https?:\/\/\S+/g) ?? []) {
      const params = new URL(link).searchParams;
      if (params.get('id') === id && params.get('token')) return { id, token: params.get('token')! };
    }
  throw new Error(`no private link to ${id} in the outbox`);
}

beforeAll(async () => {
  // Thousands of requests from one address: the limits would answer most of them before the code under test ran.
  portal = await startPortalProcess({ env: withoutRateLimits });
  supplierKey = (await issueKey('nordvind-kompetens', portal.dataDir)).key;
  for (const collection of new Set(posts.filter((r) => r.path.includes('{')).map((r) => collectionOf(r.path))))
    if (examples[collection])
      stored.set(collection, [await submitted(collection), await submitted(collection), await submitted(collection)]);
});
afterAll(() => portal.stop());

/** What a route's requests are made of: a route on an item takes its id and token, a route on a collection a supplier's key. */
function fuzzOf(path: string): RouteFuzz {
  if (!path.includes('{')) return { path, examples: [examples[path] ?? Object.values(examples)].flat(), ids: [], secrets: [supplierKey] };
  const items = stored.get(collectionOf(path)) ?? [];
  return {
    path,
    examples: [{}, ...items.map(({ token }) => ({ token }))],
    ids: items.map(({ id }) => id),
    secrets: items.map(({ token }) => token),
  };
}

const send = (request: FuzzRequest) =>
  fetch(`${portal.url}${request.target}`, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual' });

/** Below 500, and a refusal says what is wrong: a problem naming the field, or the plain form again with its error summary. */
async function expectAnswer(expect: ExpectStatic, request: FuzzRequest, response: Response) {
  const { status } = response;
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  expect(status, text).toBeLessThan(500);
  if (status === 303) {
    // A Location of "//…" would take the browser to another host.
    expect(response.headers.get('location')).toMatch(/^\/(?!\/)/);
    return;
  }
  if (status === 200 && request.target.split('?')[0] === loiCheckAction) {
    // The plain form's answers to check, or the form again to change one: a page whose form posts on.
    expect(type).toContain('text/html');
    expect(text).toMatch(/<form[^>]*\saction="\/api\/loi(\/check)?"/);
    return;
  }
  if (status < 400) {
    expect([200, 201]).toContain(status);
    expect(type).toContain('application/json');
    JSON.parse(text);
    return;
  }
  if (type.startsWith('application/problem+json')) {
    const problem = JSON.parse(text);
    expect(problem).toMatchObject({ type: expect.any(String), title: expect.stringMatching(/\S/), status });
    expect(problem.errors).toBeInstanceOf(Array);
    for (const error of problem.errors) expect(error).toEqual({ path: expect.any(String), message: expect.any(String) });
    expectMessages(problem.errors);
    // A refusal names the field, or the request as a whole (""); a rate limit says only when to come back.
    if (status !== 429) expect(problem.errors.length > 0 || Boolean(problem.detail), text).toBe(true);
    return;
  }
  const posted = (request.headers['Content-Type'] ?? '').split(';')[0]!.trim().toLowerCase();
  expect(posted, `${status} ${type}`).toBe('application/x-www-form-urlencoded');
  expect(type).toContain('text/html');
  // The form again with its errors linked to their fields; or, for a post with no form to show
  // again (a staff sign-in link, a sign-out), a page whose heading and text say what was refused.
  if (text.includes('class="error-summary"')) expect(text).toContain('href="#');
  else expect(text).toMatch(/<main[^>]*>\s*<h1>[^<]+<\/h1>\s*<p>[^<]+<\/p>/);
}

describe.concurrent('every POST route over generated requests', () => {
  it.for(posts.map((route) => route.path))(
    `%s answers ${numRuns} generated requests below 500, naming what is wrong`,
    // The routes run side by side on one portal: a few minutes at 2,000 requests each on two busy cores.
    { timeout: Math.max(600_000, numRuns * 300) },
    async (path, { expect }) => {
      await fc.assert(
        fc.asyncProperty(postRequests(fuzzOf(path)), async (request) => expectAnswer(expect, request, await send(request))),
        { numRuns, seed },
      );
    },
  );
});

describe('after them', () => {
  it('leaves the portal serving, with nothing logged as failed', async ({ expect }) => {
    const home = await fetch(`${portal.url}/`);
    expect(home.status).toBe(200);
    // Read to the end, or the portal waits for this connection when it stops.
    expect(await home.text()).toContain('</html>');
    expect(portal.output()).not.toContain('request failed');
  });
});
