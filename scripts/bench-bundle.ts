/**
 * `npm run bench:bundle`: bundles every handler the way the CDK stack does (with the stack's own
 * HandlerFunction construct and bundling options), then prints each bundle's minified size and its
 * cold start: a fresh Node process that imports the bundle and answers one request against the
 * embedded store, next to a fresh Node process that does nothing. Exits with 1 when a bundle is
 * over the size budget or a handler cannot answer.
 *
 * The bundles target Node 22 (the Lambda runtime) and run here on the local Node; they use no
 * syntax that Node 20 lacks, so no separate target is needed.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { App, Stack } from 'aws-cdk-lib';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { routes, type Route } from '../functions/routes.ts';
import { startEmbeddedStore } from '../functions/store/embedded.ts';
import { HandlerFunction, projectRoot, purgeHandler, sweepHandler } from '../infra/handler-function.ts';
import { apiRoutePath } from '../infra/api.ts';
import { builtSiteDir } from '../infra/settings.ts';
import { validGap, validLoi, validNeeds } from './examples.ts';
import { withoutRateLimits } from './portal-process.ts';

const budgetBytes = 250 * 1024;
const runs = 5;

// Inside the project, so the bundles find the AWS SDK in node_modules as they find it in the Lambda runtime.
const work = join(projectRoot, '.tmp', 'bench-bundle');
rmSync(work, { recursive: true, force: true });
const outboxDir = join(work, 'outbox');
const siteDir = prepareSiteDir(join(work, 'site'));

console.log('Paketerar funktionerna som CDK-stacken gör …');
const app = new App({ outdir: join(work, 'cdk.out') });
const handlers = [...new Set(routes.map((route) => route.handler)), purgeHandler, sweepHandler];
type Bundle = { handler: string; file: string; bytes: number } | { handler: string; error: string };
const bundles = handlers.map((handler): Bundle => {
  try {
    // A stack per handler: one that does not bundle must not stop the others.
    const fn = new HandlerFunction(new Stack(app, `Bench-${handler}`), 'Function', { handler, description: handler });
    const asset = fn.function.node.findChild('Code') as Asset;
    const file = join(app.outdir, asset.assetPath, 'index.mjs');
    return { handler, file, bytes: statSync(file).size };
  } catch (error) {
    return { handler, error: `paketeras inte: ${firstLine(error)}` };
  }
});

const store = await startEmbeddedStore(undefined, 'bench');
const childEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DYNAMODB_ENDPOINT: store.endpoint,
  TABLE_NAME: 'bench',
  OUTBOX_DIR: outboxDir,
  SITE_DIR: siteDir,
  // As on Lambda (HandlerFunction sets it).
  NODE_OPTIONS: '--enable-source-maps',
  // Every run comes from one address with one contact: it is to measure an answer, not a refusal.
  ...withoutRateLimits,
};

// Imports the bundle, answers the one event, prints the status and leaves without waiting for idle sockets.
const answerOnce = `
const { handler } = await import(process.env.BENCH_BUNDLE);
const result = await handler(JSON.parse(process.env.BENCH_EVENT));
process.stdout.write(String(result && typeof result === 'object' && 'statusCode' in result ? result.statusCode : JSON.stringify(result)));
process.exit(0);`;

console.log(`Mäter kallstart (median av ${runs}) …`);
const baseline = ms(median((await repeat(() => timeNode('', {}))).map((t) => t.ms)));
const rows: string[][] = [];
let failed = false;
for (const bundle of bundles) {
  if ('error' in bundle) {
    rows.push([bundle.handler, '–', '–', baseline, bundle.error]);
    failed = true;
    continue;
  }
  const over = bundle.bytes > budgetBytes;
  failed ||= over;
  const route = routes.find((r) => r.handler === bundle.handler);
  try {
    const answer = (env: Record<string, string>) =>
      timeNode(answerOnce, { ...env, BENCH_BUNDLE: bundle.file, BENCH_EVENT: JSON.stringify(eventFor(bundle.handler, route)) });
    await answer({}); // primes the disk cache and the store, so every measured run starts alike
    const timings = await repeat(() => answer({}));
    rows.push([
      bundle.handler,
      String(bundle.bytes),
      ms(median(timings.map((t) => t.ms))),
      baseline,
      `svar ${timings[0]!.output}${over ? ', ÖVER BUDGET' : ''}`,
    ]);
  } catch (error) {
    rows.push([bundle.handler, String(bundle.bytes), '–', baseline, `svarar inte: ${firstLine(error)}`]);
    failed = true;
  }
}
await store.close();

printTable(['funktion', 'byte (minifierat)', 'kallstart', 'node utan arbete', 'anmärkning'], rows);
console.log(`\nKallstart: ny Node-process som importerar paketet och svarar på en förfrågan mot den inbäddade databasen.`);
console.log(`Node ${process.version}; budget ${budgetBytes} byte per paket; paketen ligger i ${app.outdir}`);
if (failed) {
  console.error('\nMinst en funktion är över storleksbudgeten eller kunde inte svara.');
  process.exitCode = 1;
}

/** A representative request per handler; a handler without its own gets one built from its route. */
function eventFor(handler: string, route: Route | undefined): unknown {
  if (!route)
    return {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      time: new Date().toISOString(),
      region: 'eu-north-1',
      resources: [],
      detail: {},
    };
  const submission = {
    'loi-submit': validLoi({ epost: 'bench@exempel.example' }),
    'needs-submit': validNeeds({ epost: 'bench@exempel.example' }),
    'gaps-submit': validGap(),
  }[handler];
  if (submission)
    // A gap report with a key no supplier has: the handler loads everything, asks the store and answers 401.
    return httpEvent(route, {
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `bench-${randomUUID()}`,
        authorization: 'Bearer bench-leverantor.bench-token',
      },
      body: JSON.stringify(submission),
    });
  // An unknown LOI with some token: the handler loads everything, asks the store and answers 404.
  return httpEvent(route, { headers: { authorization: 'Bearer bench-token' }, query: route.method === 'GET' ? `id=${randomUUID()}` : '' });
}

function httpEvent(
  route: Route,
  { headers = {}, query = '', body }: { headers?: Record<string, string>; query?: string; body?: string },
): APIGatewayProxyEventV2 {
  const id = randomUUID();
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const rawPath = apiRoutePath(route.path).replace(/\{\w+\}/g, id);
  const routeKey = `${route.method} ${apiRoutePath(route.path)}`;
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: query,
    headers: { host: 'bench.execute-api.eu-north-1.amazonaws.com', 'user-agent': 'bench-bundle', ...headers },
    ...(query ? { queryStringParameters: Object.fromEntries(new URLSearchParams(query)) } : {}),
    ...(names.length ? { pathParameters: Object.fromEntries(names.map((name) => [name, id])) } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.execute-api.eu-north-1.amazonaws.com',
      domainPrefix: 'bench',
      http: { method: route.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench-bundle' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: false,
  };
}

/** The files the functions read from the site: the built ones where dist/ has them, small stand-ins otherwise. */
function prepareSiteDir(dir: string): string {
  const files: Record<string, string> = {
    'data/insatser.json': '[]',
    'data/leverantorer.json': '[]',
    'data/regioner.json': '[]',
    'data/yrken.json': '[]',
    'data/routning.json': '[]',
    'data/fa-karta.json': '{"viewBox":"0 0 1 1","regions":[]}',
    'data/leverantorsval.json': '{"mittpunkter":{},"forklaring":[]}',
  };
  const standIns: string[] = [];
  for (const [path, standIn] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(join(builtSiteDir, path))) copyFileSync(join(builtSiteDir, path), target);
    else {
      writeFileSync(target, standIn);
      standIns.push(path);
    }
  }
  if (standIns.length) console.log(`Inte i dist/ (ersatta av små stand-ins): ${standIns.join(', ')}`);
  return dir;
}

function timeNode(script: string, env: Record<string, string>): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...childEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolve({ ms: elapsed, output });
      else
        reject(
          new Error(
            errors
              .trim()
              .split('\n')
              .find((line) => /Error|error/.test(line)) ?? `exit ${code}`,
          ),
        );
    });
  });
}

async function repeat<T>(run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await run());
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function printTable(header: string[], body: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i > 0 && i < 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of body) console.log(line(row));
}

function ms(value: number) {
  return `${value.toFixed(0)} ms`;
}

function firstLine(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
