/**
 * `npm run bench:api`: LOI submissions per second and their latency (p50, p99) at 1, 10 and 50
 * concurrent clients, against the portal process as `npm start` runs it (embedded store on disk,
 * mail to the outbox). Each submission has its own Idempotency-Key, so each one is stored.
 *
 * Then the staff inbox: with `--inbox` confirmed LOIs in the store (10,000 by default, one in ten
 * from Malmö), the list's latency at 10 clients for a supplier, a kommun and Arbetsförmedlingen,
 * which sees them all. Each list is a query of the organisation's own inbox partition.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { storeEndpointFile } from '../functions/store/embedded.ts';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startPortalProcess, withoutRateLimits } from './portal-process.ts';
import { siteBuildReason } from '../functions/local/site-build.ts';
import { validLoi } from './examples.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '500' }, inbox: { type: 'string', default: '10000' } } });
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

async function submit(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${portal.url}/api/loi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${process.pid}-${sequence++}` },
    body,
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`svar ${response.status}`);
  return performance.now() - started;
}

/** Runs `request` `requestsPerRun` times from `clients` clients at once: requests per second, p50 and p99. */
async function measure(clients: number, request: () => Promise<number>) {
  const latencies: number[] = [];
  let remaining = requestsPerRun;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (remaining-- > 0) latencies.push(await request());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const row = (label: string, { perSecond, p50, p99 }: Awaited<ReturnType<typeof measure>>) =>
  `${label}  ${perSecond.toFixed(0).padStart(10)}  ${p50.toFixed(1).padStart(7)}  ${p99.toFixed(1).padStart(7)}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// A short warm-up, so the first run does not measure module loading.
for (let i = 0; i < 20; i++) await submit();

console.log(`${requestsPerRun} avsiktsförklaringar per körning mot ${portal.url}`);
console.log('klienter  per sekund   p50 ms   p99 ms');
for (const clients of [1, 10, 50]) console.log(row(String(clients).padStart(8), await measure(clients, submit)));

await benchInbox();
await portal.stop();
rmSync(dirname(portal.dataDir), { recursive: true, force: true });

/**
 * Puts `inboxLois` confirmed LOIs straight into the portal's store, as the portal keeps them (the
 * item and its inbox entries), and measures the inbox list of three people signed in.
 */
async function benchInbox() {
  process.env.DYNAMODB_ENDPOINT = readFileSync(storeEndpointFile(portal.dataDir), 'utf8').trim();
  process.env.SITE_DIR = siteDir;
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
  console.log('inkorgens lista, 10 klienter           per sekund   p50 ms   p99 ms');
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
    console.log(row(label.padEnd(37), await measure(10, list)));
  }
}
