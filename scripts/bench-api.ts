/**
 * `npm run bench:api`: LOI submissions per second and their latency (p50, p99) at 1, 10 and 50
 * concurrent clients, against the portal process as `npm start` runs it (embedded store on disk,
 * mail to the outbox). Each submission has its own Idempotency-Key, so each one is stored. Beside
 * them, the store's own ceiling in the same run (conditional writes per second from as many clients)
 * and the store calls one submission makes, counted in this process on the same handler: the
 * submissions can go at most as fast as the ceiling divided by the writes each one needs.
 * Then 50 clients that send at 30, 60 and 90 % of that ceiling ÷ writes, as employers arrive, and
 * the latency each submission had from when it was due: flat until the store is full.
 * Then GET /api/stats/demand at 10 clients with 1,000 and with 100,000 counted submissions in the
 * store, written straight into it as the sweeper leaves them: a request for the figures reads the
 * months' counts, not the submissions, so it should cost the same with both.
 *
 * Then the staff inbox: with `--inbox` confirmed LOIs in the store (10,000 by default, one in ten
 * from Malmö), the list's latency at 10 clients for a supplier, a kommun and Arbetsförmedlingen,
 * which sees them all. Each list is a query of the organisation's own inbox partition.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startPortalProcess, withoutRateLimits } from './portal-process.ts';
import { siteBuildReason } from '../functions/local/site-build.ts';
import { validLoi } from './examples.ts';
import { openLocalStore } from '../functions/store/embedded.ts';
import { demandKinds, type DemandKind } from '../core/contracts/demand.ts';
import { cellChange } from '../core/statistics.ts';
import { faRegions } from '../core/reference/index.ts';
import { ssykGroups } from '../core/reference/ssyk.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '500' },
    inbox: { type: 'string', default: '10000' },
    // Which parts to run, comma-separated: submissions, stats, inbox.
    parts: { type: 'string', default: 'submissions,stats,inbox' },
  },
});
const parts = new Set(values.parts.split(','));
const requestsPerRun = Number(values.requests);
const inboxLois = Number(values.inbox);

const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
if (siteBuildReason(siteDir, process.cwd())) {
  console.log('Bygger webbplatsen först …');
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const portal = await startPortalProcess(siteDir, { env: withoutRateLimits });
const body = JSON.stringify(validLoi());
let sequence = 0;

// This process reaches the portal's store too: to measure the store alone, to count a submission's
// store calls and to write counted submissions and inbox entries straight into it.
const store = await openLocalStore(portal.dataDir, 'portal');
Object.assign(process.env, withoutRateLimits, { DYNAMODB_ENDPOINT: store.endpoint, OUTBOX_DIR: portal.outboxDir });
const { dynamo, dynamoClient, tableName } = await import('../functions/store/client.ts');
const { BatchWriteCommand, PutCommand } = await import('@aws-sdk/lib-dynamodb');
const { keys, monthOf } = await import('../functions/store/table.ts');

async function timed(path: string, init: RequestInit, expected: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${portal.url}${path}`, init);
  await response.arrayBuffer();
  if (response.status !== expected) throw new Error(`${path}: svar ${response.status}`);
  return performance.now() - started;
}

const submit = () =>
  timed(
    '/api/loi',
    { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${process.pid}-${sequence++}` }, body },
    201,
  );

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** `requests` calls of `call` from `clients` at once: per second, p50 and p99 in ms. */
async function run(clients: number, requests: number, call: () => Promise<number>) {
  const latencies: number[] = [];
  let remaining = requests;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (remaining-- > 0) latencies.push(await call());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const row = (label: string, r: Awaited<ReturnType<typeof run>>) =>
  `${label.padStart(8)}  ${r.perSecond.toFixed(0).padStart(10)}  ${r.p50.toFixed(1).padStart(7)}  ${r.p99.toFixed(1).padStart(7)}`;

/**
 * `requests` calls of `call` from `clients`, started at `perSecond` in all, as employers arrive
 * rather than as fast as the clients can send: what a submission costs while the store has room.
 * Each latency counts from when its call was due, so a call that waited for a busy client counts
 * its wait too.
 */
async function paced(clients: number, requests: number, perSecond: number, call: () => Promise<number>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const due = started + (i * 1000) / perSecond;
        const early = due - performance.now();
        if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
        await call();
        latencies.push(performance.now() - due);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** One conditional write of a new item the size of a submission's, as the store's ceiling is measured. */
const storeWrite = async () => {
  const started = performance.now();
  await dynamo.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...keys.signal(`bench-store-${process.pid}-${sequence++}`), body },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return performance.now() - started;
};

if (parts.has('submissions')) {
  // A short warm-up, so the first run does not measure module loading.
  for (let i = 0; i < 20; i++) await submit();
  const calls = await storeCallsPerSubmission(20);
  const writes = ['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand'].reduce(
    (sum, command) => sum + (calls.get(command) ?? 0),
    0,
  );
  const reads = [...calls.values()].reduce((sum, n) => sum + n, 0) - writes;
  console.log(`En avsiktsförklaring gör ${writes.toFixed(1)} skrivningar och ${reads.toFixed(1)} läsningar i lagret:`);
  console.log(`  ${[...calls].map(([command, n]) => `${command.replace(/Command$/, '')} ${n.toFixed(1)}`).join(', ')}`);
  console.log(`\n${requestsPerRun} avsiktsförklaringar per körning mot ${portal.url}; lagret ensamt: villkorade skrivningar`);
  console.log('klienter  per sekund   p50 ms   p99 ms    lagret: per sekund   p50 ms   p99 ms   tak ÷ skrivningar   andel av det');
  let ceiling = 0;
  for (const clients of [1, 10, 50]) {
    const portalRun = await run(clients, requestsPerRun, submit);
    const storeRun = await run(clients, requestsPerRun, storeWrite);
    ceiling = storeRun.perSecond / writes;
    console.log(
      `${row(String(clients), portalRun)}  ${row('', storeRun)}  ${ceiling.toFixed(0).padStart(18)}  ${((100 * portalRun.perSecond) / ceiling).toFixed(0).padStart(11)} %`,
    );
  }
  // Above, every client sends again as soon as it has its answer, so at 50 the store is always full
  // and a submission waits behind 49 others. Here the same 50 send at a share of the ceiling.
  console.log(`\n50 klienter som skickar i en takt, ${requestsPerRun} avsiktsförklaringar; väntan räknas från när en skulle skickas`);
  console.log('andel av tak ÷ skrivningar   takt per sekund   per sekund     p50 ms     p99 ms');
  for (const share of [0.3, 0.6, 0.9]) {
    const r = await paced(50, requestsPerRun, share * ceiling, submit);
    const cells = [
      `${(share * 100).toFixed(0)} %`,
      (share * ceiling).toFixed(0),
      r.perSecond.toFixed(0),
      r.p50.toFixed(1),
      r.p99.toFixed(1),
    ];
    console.log(cells.map((cell, k) => cell.padStart([26, 16, 11, 8, 8][k]!)).join('  '));
  }
}

/**
 * The store calls of one submission, averaged over `count`: the LOI handler run in this process
 * on the portal's store, each call of its DynamoDB client counted by command.
 */
async function storeCallsPerSubmission(count: number): Promise<Map<string, number>> {
  const { handle } = await import('../functions/handlers/loi-submit.ts');
  const calls = new Map<string, number>();
  dynamoClient.middlewareStack.add(
    (next, { commandName = 'okänt' }) =>
      (args) => {
        calls.set(commandName, (calls.get(commandName) ?? 0) + 1);
        return next(args);
      },
    { step: 'initialize', name: 'countStoreCalls' },
  );
  const request = () => ({
    method: 'POST',
    path: '/api/loi',
    pathParams: {},
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/json', 'idempotency-key': `bench-count-${process.pid}-${sequence++}` },
    body,
    sourceIp: '192.0.2.1',
  });
  // The first one loads the catalogue and the rate limiter; what is counted is a submission after it.
  await handle(request());
  calls.clear();
  for (let i = 0; i < count; i++) {
    const response = await handle(request());
    if (response.status !== 201) throw new Error(`Inskickningen i processen fick svar ${response.status}: ${response.body}`);
  }
  dynamoClient.middlewareStack.remove('countStoreCalls');
  return new Map([...calls].map(([command, n]) => [command, n / count]));
}

// The statistics: counted submissions written into the portal's store as the sweeper leaves them
// (each submission's item, and its month's cells), spread over the last twelve months, the
// regions, the occupation groups and 5,000 employers.
const { contributorId, countedAttributes, monthAttributes } = await import('../functions/store/demand.ts');
const { monthsBefore } = await import('../functions/domain/stats.ts');

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const monthStarts = monthsBefore(new Date()).map((month) => new Date(`${month}-01T12:00:00Z`));
/** The cells of each month as the sweeper counts them: month → "kind#fa#group" → count and contributors. */
const months = new Map<string, Map<string, { kind: DemandKind; fa: string; group: string; count: number; from: Set<string> }>>();

/** One counted submission, as its item carries it; its month's cells count it. */
function countedItem() {
  const kind = pick(demandKinds);
  const at = new Date(pick(monthStarts).getTime() + Math.random() * 20 * 24 * 3600 * 1000);
  const id = `bench-${sequence++}`;
  const demand = {
    kind,
    fa: pick(faRegions).kod,
    ssyk: [pick(ssykGroups).kod],
    count: kind === 'loi' ? 1 + Math.floor(Math.random() * 5) : 1,
    contributor: contributorId(`arbetsgivare-${Math.floor(Math.random() * 5000)}`),
  };
  const cells = months.get(monthOf(at)) ?? months.set(monthOf(at), new Map()).get(monthOf(at))!;
  const group = demand.ssyk[0]!.slice(0, 1);
  const key = `${kind}#${demand.fa}#${group}`;
  const cell = cells.get(key) ?? cells.set(key, { kind, fa: demand.fa, group, count: 0, from: new Set() }).get(key)!;
  cell.count += cellChange(demand, 'add', !cell.from.has(demand.contributor)).count;
  cell.from.add(demand.contributor);
  return { ...keys.signal(id), ...countedAttributes(demand, id, at) };
}

async function addCounted(n: number) {
  for (let done = 0; done < n; done += 500) {
    const items = Array.from({ length: Math.min(500, n - done) }, countedItem);
    const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) => items.slice(i * 25, i * 25 + 25));
    await Promise.all(
      batches.map((batch) =>
        dynamo.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch.map((Item) => ({ PutRequest: { Item } })) } })),
      ),
    );
  }
  for (const [month, cells] of months) {
    const counted = [...cells.values()].map(({ from, ...cell }) => ({ ...cell, distinct: from.size, contributors: [...from] }));
    await dynamo.send(new PutCommand({ TableName: tableName, Item: { ...keys.demandMonth(month), ...monthAttributes(counted) } }));
  }
}

const statsRequests = 2000;
const getStats = () => timed('/api/stats/demand', {}, 200);
if (parts.has('stats')) {
  console.log(`\n${statsRequests} GET /api/stats/demand per körning, 10 klienter`);
  console.log('inskickat  per sekund   p50 ms   p99 ms');
}
let counted = 0;
for (const total of parts.has('stats') ? [1_000, 100_000] : []) {
  await addCounted(total - counted);
  counted = total;
  // The portal answers from what it read for five seconds: what is measured is every request after it has read the new counts.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  await getStats();
  console.log(row(total.toLocaleString('sv-SE'), await run(10, statsRequests, getStats)));
}
if (parts.has('inbox')) await benchInbox();
await store.close();
await portal.stop();
rmSync(dirname(portal.dataDir), { recursive: true, force: true });

/**
 * Puts `inboxLois` confirmed LOIs straight into the portal's store, as the portal keeps them (the
 * item and its inbox entries), and measures the inbox list of three people signed in.
 */
async function benchInbox() {
  const { createLoi } = await import('../functions/store/loi.ts');
  const { syncInbox } = await import('../functions/domain/inbox.ts');
  const { foldInboxCounts } = await import('../functions/store/inbox.ts');
  const { startSession } = await import('../functions/domain/sessions.ts');
  const { putPerson } = await import('../functions/store/people.ts');
  const { loiSchema } = await import('../core/contracts/loi.ts');
  const { kommuner, getKommun } = await import('../core/reference/index.ts');

  console.log(`\nInkorgen med ${inboxLois} bekräftade avsiktsförklaringar (var tionde från Malmö) …`);
  const loi = loiSchema.parse(validLoi());
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let i = next++; i < inboxLois; i = next++) {
        const kommun = i % 10 === 0 ? '1280' : kommuner[i % kommuner.length]!.kod;
        const fa = getKommun(kommun)!.fa;
        const at = new Date(started - (inboxLois - i) * 60_000).toISOString();
        const record = {
          kind: 'loi' as const,
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          reference: `LOI-2026-${String(i).padStart(6, '0')}`,
          status: 'received' as const,
          history: [{ status: 'received' as const, at }],
          fa,
          createdAt: at,
          expiresAt: Math.floor(started / 1000) + 86_400,
          loi: { ...loi, arbetsplatsKommun: kommun },
          tokenHashes: ['-'],
          recipients:
            fa === '01'
              ? [
                  {
                    role: 'leverantor' as const,
                    organisation: 'Skånsk Yrkesbro AB',
                    address: 'info@yrkesbro.exempel.se',
                    supplier: 'skansk-yrkesbro',
                  },
                ]
              : [],
          unrouted: [],
          deliveries: {},
          events: [],
          handedTo: [],
          handedFrom: [],
        };
        await createLoi(record, new Date(at));
        await syncInbox(record);
      }
    }),
  );
  // As the reads that follow changes do, bit by bit, in a portal in use.
  for (const organisation of ['skansk-yrkesbro', 'kommun-1280', 'arbetsformedlingen']) await foldInboxCounts(organisation);
  console.log(`(lagda och räknade i ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log('inkorgens lista, 10 klienter            per sekund   p50 ms   p99 ms');
  for (const [label, organisation] of [
    ['leverantör (skansk-yrkesbro)', 'skansk-yrkesbro'],
    ['kommun (Malmö)', 'kommun-1280'],
    ['Arbetsförmedlingen (alla)', 'arbetsformedlingen'],
  ] as const) {
    const person = {
      email: `bench@${organisation}.exempel.se`,
      organisation,
      role: 'handlaggare' as const,
      addedAt: new Date().toISOString(),
    };
    await putPerson(person);
    const { sessionId } = await startSession(person);
    const list = async () => {
      const begun = performance.now();
      const response = await fetch(`${portal.url}/api/inbox?status=received`, { headers: { Cookie: `session=${sessionId}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`svar ${response.status}`);
      return performance.now() - begun;
    };
    for (let i = 0; i < 10; i++) await list();
    console.log(`${label.padEnd(29)}${row('', await run(10, requestsPerRun, list))}`);
  }
}
