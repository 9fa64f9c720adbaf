/**
 * The rate limits against the portal process with small budgets: token and key guesses per client
 * address and per target, submissions per address, confirm mails per e-mail address. Each refusal
 * is a 429 problem+json that names the limit in Swedish, with Retry-After, and nothing is stored
 * or mailed. Every scenario sends from a loopback address of its own (all of 127.0.0.0/8 reaches
 * the portal), so that each client address has its own budgets.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validGap, validLoi, validNeeds } from '../../scripts/examples.ts';
import { readOutbox, startPortalProcess, statusLinkFor, type PortalProcess } from '../support/portal-process.ts';
import { issueKey } from '../support/signal-fixture.ts';
import { clientOf } from '../../functions/http/rate-limit.ts';

const limits = { submissions: 6, checksPerMinute: 5, checksPerTarget: 8, mailsPerAddress: 3 };

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess({
    env: {
      RATE_LIMIT_SUBMISSIONS_PER_HOUR: String(limits.submissions),
      RATE_LIMIT_CHECKS_PER_MINUTE: String(limits.checksPerMinute),
      RATE_LIMIT_CHECKS_PER_TARGET_PER_HOUR: String(limits.checksPerTarget),
      MAILS_PER_ADDRESS_PER_HOUR: String(limits.mailsPerAddress),
    },
  });
});
afterAll(() => portal.stop());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

interface Sent {
  headers?: Record<string, string>;
  body?: string;
}

/** Requests sent from `address` on the loopback network. */
const from =
  (address: string) =>
  (method: string, path: string, { headers = {}, body }: Sent = {}): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const { port } = new URL(portal.url);
      const request = httpRequest({ host: '127.0.0.1', port, method, path, headers, localAddress: address }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      });
      request.on('error', reject);
      request.end(body);
    });

let keys = 0;
const asJson = (value: unknown, headers: Record<string, string> = {}): Sent => ({
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `rate-limits-${String(++keys).padStart(4, '0')}`, ...headers },
  body: JSON.stringify(value),
});

async function submitLoi(address: string, epost: string) {
  const answer = await from(address)('POST', '/api/loi', asJson(validLoi({ epost })));
  expect(answer.status, answer.text).toBe(201);
  const { id } = JSON.parse(answer.text) as { id: string };
  const token = (await statusLinkFor(portal.outboxDir, epost)).searchParams.get('token')!;
  return { id, token };
}

/** A 429 problem+json whose detail names the limit and when to try again, with Retry-After in whole seconds. */
function expectRefused(answer: Answer, title: string, limit: string) {
  expect(answer.status, answer.text).toBe(429);
  expect(answer.headers['content-type']).toContain('application/problem+json');
  const retryAfter = String(answer.headers['retry-after']);
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  const problem = JSON.parse(answer.text);
  expect(problem).toMatchObject({ status: 429, title });
  expect(problem.detail).toContain(limit);
  expect(problem.detail).toMatch(/Försök igen om \d+ (sekund|sekunder|minuter)\./);
  return { retryAfter: Number(retryAfter), problem };
}

describe('token checks', () => {
  it('never refuse an employer who opens their own link again and again, and refuse a guesser from one address', async () => {
    const owner = from('127.0.0.11');
    const { id, token } = await submitLoi('127.0.0.11', 'gissad@exempel.example');
    for (let i = 0; i < limits.checksPerMinute * 2; i++)
      expect((await owner('GET', `/api/loi/${id}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);

    const guesser = from('127.0.0.12');
    for (let i = 0; i < limits.checksPerMinute; i++) expect((await guesser('GET', `/api/loi/${id}?token=gissning-${i}`)).status).toBe(404);
    const refused = expectRefused(
      await guesser('GET', `/api/loi/${id}?token=gissning-sista`),
      'För många felaktiga försök',
      `högst ${limits.checksPerMinute} felaktiga länkar eller nycklar i minuten från samma nätverksadress`,
    );
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
    // Until the window ends, the right token is refused too: otherwise the answer would tell a right guess.
    expect((await guesser('GET', `/api/loi/${id}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(429);
    expect((await guesser('POST', `/api/loi/${id}/confirm`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(429);
    // The owner's own address is another budget.
    expect((await owner('GET', `/api/loi/${id}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('refuse guesses on one LOI from many addresses, its status page too, and leave other LOIs alone', async () => {
    const target = await submitLoi('127.0.0.13', 'mal@exempel.example');
    const other = await submitLoi('127.0.0.13', 'annan-mal@exempel.example');
    const perAddress = limits.checksPerMinute - 1;
    for (let n = 0; n < limits.checksPerTarget; n++) {
      const guesser = from(`127.0.0.${20 + Math.floor(n / perAddress)}`);
      expect((await guesser('POST', `/api/loi/${target.id}/withdraw`, { headers: { Authorization: `Bearer gissning-${n}` } })).status).toBe(
        404,
      );
    }
    const fresh = from('127.0.0.30');
    expectRefused(
      await fresh('GET', `/api/loi/${target.id}?token=${target.token}`),
      'För många felaktiga försök',
      `högst ${limits.checksPerTarget} felaktiga försök i timmen för samma avsiktsförklaring`,
    );
    const page = await from('127.0.0.31')('GET', `/arbetsgivare/avsiktsforklaring/status/?id=${target.id}&token=${target.token}`);
    expect(page.status).toBe(429);
    expect(page.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect((await fresh('GET', `/api/loi/${other.id}?token=${other.token}`)).status).toBe(200);
  });
});

describe("a supplier's key", () => {
  it('is refused after too many wrong guesses from one address, and then from any address', async () => {
    const { key } = await issueKey('nordvind-kompetens', portal.dataDir);
    const wrong = (n: number) => `nordvind-kompetens.${String(n).padStart(43, 'x')}`;
    const post = (address: string, bearer: string) =>
      from(address)('POST', '/api/gaps', asJson(validGap(), { Authorization: `Bearer ${bearer}` }));
    expect((await post('127.0.0.39', key)).status).toBe(201);
    for (let n = 0; n < limits.checksPerMinute; n++) expect((await post('127.0.0.40', wrong(n))).status).toBe(401);
    expectRefused(await post('127.0.0.40', wrong(99)), 'För många felaktiga försök', 'felaktiga länkar eller nycklar i minuten');

    for (let n = limits.checksPerMinute; n < limits.checksPerTarget; n++) expect((await post('127.0.0.41', wrong(n))).status).toBe(401);
    expectRefused(
      await post('127.0.0.42', key),
      'För många felaktiga försök',
      'för samma avsiktsförklaring, behovssignal eller leverantörsnyckel',
    );
    // The plain form names the same supplier in its field.
    const form = await from('127.0.0.43')('POST', '/api/gaps', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ nyckel: key, faRegion: '23' }).toString(),
    });
    expect(form.status).toBe(429);
  });
});

describe('confirm mails to one address', () => {
  it('are sent at most N an hour, whoever submits and however the address is written', async () => {
    const victim = 'offer@exempel.example';
    const sent = [
      await from('127.0.0.50')('POST', '/api/loi', asJson(validLoi({ epost: victim }))),
      await from('127.0.0.51')('POST', '/api/needs', asJson(validNeeds({ epost: victim }))),
      await from('127.0.0.52')('POST', '/api/loi', asJson(validLoi({ epost: 'Offer@Exempel.example' }))),
    ];
    expect(sent.map((a) => a.status)).toEqual([201, 201, 201]);
    const refused = expectRefused(
      await from('127.0.0.53')('POST', '/api/needs', asJson(validNeeds({ epost: 'offer+kampanj@exempel.example' }))),
      'För många e-postmeddelanden till adressen',
      `högst ${limits.mailsPerAddress} bekräftelser i timmen till samma e-postadress`,
    );
    expect(refused.problem.errors.map((e: { path: string }) => e.path)).toEqual(['kontakt.epost']);
    const toVictim = (await readOutbox(portal.outboxDir)).filter((m) => m.to.toLowerCase().replace(/\+[^@]*/, '') === victim);
    expect(toVictim).toHaveLength(limits.mailsPerAddress);
    expect((await from('127.0.0.53')('POST', '/api/needs', asJson(validNeeds({ epost: 'inte-offer@exempel.example' })))).status).toBe(201);
  });
});

describe('submissions from one address', () => {
  it('are refused over the budget, the plain form too, while another address is unaffected', async () => {
    const office = from('127.0.0.60');
    for (let n = 0; n < limits.submissions; n++)
      expect((await office('POST', '/api/loi', asJson(validLoi({ epost: `kontor${n}@exempel.example` })))).status).toBe(201);
    const before = (await readOutbox(portal.outboxDir)).length;
    const { retryAfter } = expectRefused(
      await office('POST', '/api/loi', asJson(validLoi({ epost: 'kontor-sist@exempel.example' }))),
      'För många inskick',
      `högst ${limits.submissions} inskick i timmen från samma nätverksadress`,
    );
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const form = await office('POST', '/api/needs', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'kontakt.epost': 'kontor-form@exempel.example' }).toString(),
    });
    expect(form.status).toBe(429);
    expect(form.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect((await readOutbox(portal.outboxDir)).length).toBe(before);
    expect((await from('127.0.0.61')('POST', '/api/loi', asJson(validLoi({ epost: 'granne@exempel.example' })))).status).toBe(201);
  });
});

describe('the routed mails to a supplier, a kommun and Arbetsförmedlingen', () => {
  it('are not limited: more than N confirmed LOIs all reach the same kommun address', async () => {
    const employer = from('127.0.0.70');
    const references: string[] = [];
    for (let n = 0; n <= limits.mailsPerAddress; n++) {
      const submitted = await employer('POST', '/api/loi', asJson(validLoi({ epost: `routad${n}@exempel.example` })));
      const { id, reference } = JSON.parse(submitted.text) as { id: string; reference: string };
      const token = (await statusLinkFor(portal.outboxDir, `routad${n}@exempel.example`)).searchParams.get('token')!;
      expect((await employer('POST', `/api/loi/${id}/confirm`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      references.push(reference);
    }
    const routed = (await readOutbox(portal.outboxDir)).filter(
      // Every LOI from Södertälje goes to its kommun; the supplier is one of the region's in turn.
      (m) => m.to === 'arbetsmarknad@sodertalje.exempel.se' && references.some((r) => m.subject.startsWith(`Ny avsiktsförklaring ${r}`)),
    );
    expect(routed).toHaveLength(limits.mailsPerAddress + 1);
  });
});

describe('a client address', () => {
  it('is counted as it is for IPv4, and for IPv6 by its /64, which one subscriber usually has whole', () => {
    expect(clientOf('192.0.2.7')).toBe('192.0.2.7');
    expect(clientOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:db8:0001:0003::1')).toBe('2001:db8:1:3::/64');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
