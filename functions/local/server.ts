/**
 * The local runtime (`npm start`): one Node process that serves the built site and the API on
 * http://localhost:4321. It builds the site first when no build is there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants as zlib, createBrotliCompress, createGzip, brotliCompressSync, gzipSync } from 'node:zlib';
import { getKommun } from '../../core/reference/index.ts';
import { matchRoute } from '../routes.ts';
import type { Handle, HttpResponse } from '../http/types.ts';
import { bodyTooLarge, maxBodyBytes } from '../http/body.ts';
import { HttpProblem, problem } from '../http/respond.ts';
import { StoreFault, storeEndpointFile } from '../store/embedded.ts';
import { startStoreProcess } from './store-process.ts';
import { siteBuildReason } from './site-build.ts';
import { logError } from '../log.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

export interface PortalOptions {
  /** The built site, e.g. dist/. */
  siteDir: string;
}

export function createPortalServer({ siteDir }: PortalOptions): Server {
  const root = resolve(siteDir);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logError({ message: 'request failed', path: request.url, error });
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internt fel');
    });
  });
  // Idle connections are kept open longer than clients keep them (Node's fetch: 4 s), so a client
  // never sends a request on a connection the server is just closing; that request would be lost.
  server.keepAliveTimeout = 65_000;
  return server;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = requestUrl(request.url);
    if (!url) return sendProblem(request, response, 400, 'Felaktig adress', [], `${request.url} är ingen adress.`);
    const { route, pathParams, pathKnown, undecodable } = matchRoute(request.method ?? 'GET', url.pathname);
    if (undecodable)
      return sendProblem(request, response, 400, 'Felaktig adress', [
        { path: undecodable, message: `${undecodable} har en ogiltig %-kodning i adressen` },
      ]);
    if (route) return callHandler(route.handler, pathParams, url, request, response);
    if (pathKnown)
      return sendProblem(request, response, 405, 'Metoden stöds inte', [], `${request.method} går inte att använda på ${url.pathname}.`, {
        Allow: 'GET, POST',
      });
    if (url.pathname.startsWith('/api/'))
      return sendProblem(request, response, 404, 'Okänd adress', [], `Det finns inget API på ${url.pathname}.`);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendProblem(
        request,
        response,
        405,
        'Metoden stöds inte',
        [],
        `${request.method} går inte att använda på ${url.pathname}: sidan kan bara läsas.`,
        {
          Allow: 'GET, HEAD',
        },
      );
    // The start page's "choose your kommun" form: a static host cannot redirect on a query, this server can.
    const chosen = url.searchParams.get('kommun');
    if (url.pathname === '/valj/' && chosen && getKommun(chosen)) {
      response.writeHead(303, { Location: `/kommun/${chosen}/`, ...securityHeaders });
      return response.end();
    }
    const file = await resolveFile(url.pathname);
    if (file === 'redirect') {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...securityHeaders });
      return response.end();
    }
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    const contentType = contentTypes[extname(path)] ?? 'application/octet-stream';
    const encoding = encodingFor(request, contentType);
    response.writeHead(status, {
      'Content-Type': contentType,
      'Cache-Control': path.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
      ...compressionHeaders(encoding),
      ...securityHeaders,
    });
    if (request.method === 'HEAD') return response.end();
    const stream = createReadStream(path);
    if (encoding === 'br') stream.pipe(createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality } })).pipe(response);
    else if (encoding === 'gzip') stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  }

  /** The file for a URL path, "redirect" when a directory was asked for without its slash. */
  async function resolveFile(pathname: string): Promise<string | 'redirect' | undefined> {
    // No page has an empty segment in its address; redirecting one to its slash would send a
    // Location that starts with "//", which a browser reads as another host.
    if (pathname.includes('//')) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const candidate = normalize(join(root, decoded));
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return 'redirect';
      const index = join(candidate, 'index.html');
      return existsSync(index) ? index : undefined;
    }
    return undefined;
  }
}

/**
 * The request's URL. The target is read as a path even when it starts with "//", which
 * `new URL(target, base)` would read as a host; undefined for a target that is no URL at all.
 */
function requestUrl(target = '/'): URL | undefined {
  const absolute = target.startsWith('/') ? `http://localhost${target}` : target;
  return URL.canParse(absolute) ? new URL(absolute) : undefined;
}

/** Runs a route's handler, the same function Lambda runs, on a Node request. */
async function callHandler(name: string, pathParams: Record<string, string>, url: URL, request: IncomingMessage, response: ServerResponse) {
  const body = await readBody(request);
  // On AWS, API Gateway refuses a payload over its own limit before any function runs.
  if (body === undefined) {
    // Nothing more is read until the answer is out; then the rest is dropped, unkept, so the
    // connection can serve the client's next request. Closing it on unread data instead would
    // reset it, and the client would lose the answer.
    response.once('finish', () => request.resume());
    return send(request, response, problem(bodyTooLarge()));
  }
  const { handle } = (await import(`../handlers/${name}.ts`)) as { handle: Handle };
  const result = await handle({
    method: request.method ?? 'GET',
    path: url.pathname,
    pathParams,
    query: url.searchParams,
    headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])),
    body,
    sourceIp: request.socket.remoteAddress ?? '',
  });
  send(request, response, result);
}

/** The request body as text; undefined, and the request paused, as soon as it is over the API's limit. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      resolve(undefined);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** An RFC 9457 problem, the error format of the API, answered by the server itself. */
function sendProblem(request: IncomingMessage, response: ServerResponse, ...args: ConstructorParameters<typeof HttpProblem>) {
  send(request, response, problem(new HttpProblem(...args)));
}

function send(request: IncomingMessage, response: ServerResponse, result: HttpResponse) {
  const contentType = Object.entries(result.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const encoding = result.body ? encodingFor(request, contentType) : undefined;
  response.writeHead(result.status, { ...securityHeaders, ...result.headers, ...compressionHeaders(encoding) });
  if (request.method === 'HEAD') return response.end();
  if (encoding === 'br') response.end(brotliCompressSync(result.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality } }));
  else if (encoding === 'gzip') response.end(gzipSync(result.body));
  else response.end(result.body);
}

/**
 * Text is sent compressed, Brotli or else gzip, to a client that accepts it, as CloudFront does on
 * AWS: the pages, the stylesheet, the scripts and the open data are a fraction of their size on
 * the wire. A quick Brotli level: compressed as it is sent, not ahead of time.
 */
const brotliQuality = 5;
const compressible = /^(text\/|application\/(json|problem\+json|javascript)|image\/svg\+xml)/;

function encodingFor(request: IncomingMessage, contentType: string): 'br' | 'gzip' | undefined {
  if (!compressible.test(contentType)) return undefined;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

const compressionHeaders = (encoding: 'br' | 'gzip' | undefined): Record<string, string> =>
  encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : { Vary: 'Accept-Encoding' };

async function main() {
  const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
  const buildReason = siteBuildReason(siteDir, process.cwd());
  if (buildReason) {
    console.log(
      buildReason === 'missing'
        ? 'Ingen byggd webbplats hittades: bygger den nu (det tar ungefär en minut) …'
        : 'Katalogen eller koden har ändrats sedan webbplatsen byggdes: bygger om den (det tar ungefär en minut) …',
    );
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const store = await startStoreProcess(join(dataDir, 'dynamodb'), process.env.TABLE_NAME ?? 'portal').catch((error: unknown) => {
    if (!(error instanceof StoreFault)) throw error;
    console.error(`Portalen kan inte starta: ${error.message}`);
    process.exit(1);
  });
  // The functions read their settings from the environment, as on Lambda; set them before they load.
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  process.env.TABLE_NAME ??= 'portal';
  process.env.SITE_DIR = siteDir;
  process.env.OUTBOX_DIR = resolve(process.env.OUTBOX_DIR ?? 'outbox');
  const server = createPortalServer({ siteDir });
  await new Promise<void>((listening) => server.listen(port, listening));
  // Known only now when PORT=0 asks for any free port; the functions' settings load after this.
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  process.env.PUBLIC_URL ||= url;

  // What the table's TTL and the scheduled functions do on AWS, this process does on timers; it
  // also clears old messages from its outbox, which hold private links and personal data.
  const { purgeExpired } = await import('../store/purge.ts');
  const { purgeOutbox } = await import('../mail/index.ts');
  const { sweepOutbox } = await import('../domain/delivery.ts');
  const purge = () => Promise.all([purgeExpired(), purgeOutbox()]).catch((error: unknown) => logError({ message: 'purge failed', error }));
  const { config } = await import('../config.ts');
  const { countDemandChanges } = await import('../domain/stats.ts');
  const sweep = () => sweepOutbox().catch((error: unknown) => logError({ message: 'sweep failed', error }));
  // Changes reach the statistics within seconds here, where a sweep costs one query when nothing changed.
  const count = () => countDemandChanges().catch((error: unknown) => logError({ message: 'counting the statistics failed', error }));
  await purge();
  // What the last run left unsent (it stopped, or crashed) goes out now.
  await sweep();
  const timers = [setInterval(purge, 15 * 60 * 1000), setInterval(sweep, config.sweepIntervalSeconds * 1000), setInterval(count, 2000)];
  // Commands (npm run keys, npm run unrouted) reach this store while the portal holds its folder.
  writeFileSync(storeEndpointFile(dataDir), store.endpoint);
  console.log(`Portalen körs på ${url}/  (avsluta med Ctrl+C)`);
  console.log(`Data sparas i ${dataDir}; e-post hamnar i ${process.env.OUTBOX_DIR}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      timers.forEach(clearInterval);
      // A folder that has become read-only keeps the file; a command finds no store behind it and opens the folder itself.
      try {
        rmSync(storeEndpointFile(dataDir), { force: true });
      } catch {
        // The commands do without it.
      }
      server.close(() => store.close().then(() => process.exit(0)));
    });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
