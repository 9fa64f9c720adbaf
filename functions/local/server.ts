/**
 * The local runtime (`npm start`): one Node process that serves the built site and the API on
 * http://localhost:4321. It builds the site first when no build is there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getKommun } from '../reference/index.ts';

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
  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internt fel');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return sendProblem(response, 404, 'Okänd adress', `Det finns inget API på ${url.pathname}.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders });
      return response.end();
    }
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
    response.writeHead(status, {
      'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': path.endsWith('.html') ? 'no-cache' : 'public, max-age=300',
      ...securityHeaders,
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(path).pipe(response);
  }

  /** The file for a URL path, "redirect" when a directory was asked for without its slash. */
  async function resolveFile(pathname: string): Promise<string | 'redirect' | undefined> {
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

/** An RFC 9457 problem, the error format of the API. */
function sendProblem(response: ServerResponse, status: number, title: string, detail: string) {
  response.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', ...securityHeaders });
  response.end(JSON.stringify({ type: 'about:blank', title, status, detail, errors: [] }));
}

async function main() {
  const siteDir = resolve(process.env.SITE_OUT_DIR ?? 'dist');
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.log('Ingen byggd webbplats hittades: bygger den nu (det tar ungefär en minut) …');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const server = createPortalServer({ siteDir });
  server.listen(port, () => console.log(`Portalen körs på http://localhost:${port}/  (avsluta med Ctrl+C)`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
