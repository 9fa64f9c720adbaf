/** The local server: static pages, the kommun chooser's redirect, and nothing outside the site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startPortal } from '../support/server.ts';

let portal: Awaited<ReturnType<typeof startPortal>>;
beforeAll(async () => (portal = await startPortal()));
afterAll(() => portal.close());

const get = (path: string, init?: RequestInit) => fetch(portal.url + path, { redirect: 'manual', ...init });

/** fetch() normalises "..", so path traversal is tried with a raw request. */
function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(portal.url);
    request({ host: url.hostname, port: url.port, path }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on('error', reject)
      .end();
  });
}

describe('the portal server', () => {
  it('serves pages with their content type and security headers', async () => {
    const response = await get('/region/23/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Stockholm');
    expect((await get('/data/insatser.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('redirects a chosen kommun to its page, and a directory to its slash', async () => {
    const chosen = await get('/valj/?kommun=0181');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get('location')).toBe('/kommun/0181/');
    expect((await get('/valj/?kommun=9999')).status).toBe(200);
    const bare = await get('/region/23');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/region/23/');
  });

  it('answers unknown pages with the 404 page and never serves files outside the site', async () => {
    const missing = await get('/finns-inte/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Sidan finns inte');
    expect(await rawStatus('/../../package.json')).toBe(404);
    expect(await rawStatus('/%2e%2e/%2e%2e/package.json')).toBe(404);
    expect(await rawStatus('/%E0%A4%A')).toBe(404);
  });

  it('answers unknown API addresses with problem+json and refuses writes to pages', async () => {
    const api = await get('/api/finns-inte');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(await api.json()).toMatchObject({ status: 404, errors: [] });
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
