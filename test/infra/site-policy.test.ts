/**
 * What CloudFront does before the bucket or the API sees a request, the Content-Security-Policy
 * against the site's own built pages, and the deployment settings from context.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from 'aws-cdk-lib';
import { builtSiteDir as testSiteDir } from '../support/paths.ts';
import { routes } from '../../functions/routes.ts';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  maxPolicyLength,
  pageRouteRequestFunctionCode,
  siteRequestFunctionCode,
} from '../../infra/site-policy.ts';
import { readSettings } from '../../infra/settings.ts';
import { pageRoutes } from '../../infra/site.ts';
import { loiFormPage } from '../../functions/pages/loi-form.tsx';

type CloudFrontRequest = { uri: string; querystring: Record<string, { value: string; multiValue?: { value: string }[] }> };
type CloudFrontResponse = { statusCode: number; headers: { location: { value: string } } };

// CloudFront Functions run the handler with the event; nothing else is in scope.
const cloudFrontFunction = (code: string) =>
  new Function(`${code}\nreturn handler;`)() as (event: { request: CloudFrontRequest }) => CloudFrontRequest | CloudFrontResponse;
const request = (uri: string, querystring: CloudFrontRequest['querystring'] = {}) => ({ request: { uri, querystring } });

describe('the site request function', () => {
  const handler = cloudFrontFunction(siteRequestFunctionCode);

  it('serves a folder address from its index.html', () => {
    expect(handler(request('/'))).toMatchObject({ uri: '/index.html' });
    expect(handler(request('/kommun/0180/'))).toMatchObject({ uri: '/kommun/0180/index.html' });
  });

  it('leaves files alone', () => {
    expect(handler(request('/_astro/client.BkDVtqqA.js'))).toMatchObject({ uri: '/_astro/client.BkDVtqqA.js' });
    expect(handler(request('/pagefind/wasm.sv.pagefind'))).toMatchObject({ uri: '/pagefind/wasm.sv.pagefind' });
    expect(handler(request('/data/insatser.json'))).toMatchObject({ uri: '/data/insatser.json' });
  });

  it('redirects a page address without its slash, keeping the query', () => {
    expect(handler(request('/sok', { q: { value: 'sfi' } }))).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/sok/?q=sfi' } },
    });
    expect(handler(request('/region/23'))).toMatchObject({ statusCode: 301, headers: { location: { value: '/region/23/' } } });
  });

  it('sends the kommun form to the kommun page, as the local server does', () => {
    expect(handler(request('/valj/', { kommun: { value: '0181' } }))).toMatchObject({
      statusCode: 303,
      headers: { location: { value: '/kommun/0181/' } },
    });
    expect(handler(request('/valj/', { kommun: { value: '../x' } }))).toMatchObject({ uri: '/valj/index.html' });
  });
});

describe('the page route request function', () => {
  const handler = cloudFrontFunction(pageRouteRequestFunctionCode);

  it('takes the slash off page addresses on their way to the HTTP API', () => {
    expect(pageRoutes().length).toBeGreaterThan(0);
    for (const route of pageRoutes()) expect(handler(request(route.path))).toMatchObject({ uri: route.path.replace(/\/$/, '') });
    expect(routes.filter((route) => route.path.startsWith('/api/')).every((route) => !route.path.endsWith('/'))).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  // The test run builds the site into this folder before any test file runs (test/support/build-site.ts).
  const pages = htmlFiles(testSiteDir);
  const policy = contentSecurityPolicy(testSiteDir);

  it("fits CloudFront's limit and allows every inline script of the built site by its hash", () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(policy.length).toBeLessThanOrEqual(maxPolicyLength);
    const hashes = inlineScriptHashes(testSiteDir);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(policy).toContain(hash);
  });

  it('is passed by the pages the functions render: their scripts are files of the site, none inline', () => {
    const rendered = loiFormPage(new URLSearchParams(), []);
    const scripts = [...rendered.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body).toBe('');
      expect(existsSync(join(testSiteDir, /\ssrc="\/([^"]+)"/.exec(attributes!)![1]!))).toBe(true);
    }
  });

  it("is passed by the site's pages: no inline handlers, no script URLs, nothing loaded from elsewhere", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const name = relative(testSiteDir, page);
      for (const [attribute] of html.matchAll(/\son[a-z]+\s*=/gi)) problems.push(`${name}: inline event handler ${attribute.trim()}`);
      if (/javascript:/i.test(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''))) problems.push(`${name}: javascript: URL`);
      for (const [tag] of html.matchAll(/<(script|img|iframe|object|embed|base|audio|video|source|link)\b[^>]*>/gi)) {
        const url = /\s(?:src|href)\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
        const isNavigation = /^<link\b/i.test(tag) && /rel="(canonical|alternate)"/i.test(tag);
        if (/^<(iframe|object|embed|base)\b/i.test(tag)) problems.push(`${name}: ${tag}`);
        else if (url && !isNavigation && /^(https?:)?\/\//i.test(url)) problems.push(`${name}: loads ${url}`);
      }
      for (const [, action] of html.matchAll(/<form\b[^>]*\saction="([^"]*)"/gi))
        if (/^(https?:)?\/\//i.test(action!)) problems.push(`${name}: form posts to ${action}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the settings from context', () => {
  const settings = (context: Record<string, unknown>) => readSettings(new App({ context: { siteDir: testSiteDir, ...context } }));

  it('has safe defaults', () => {
    expect(settings({})).toMatchObject({
      stage: 'test',
      domainName: undefined,
      mailFrom: 'Arbetsmarknadsinsatser <noreply@arbetsmarknadsinsatser.example>',
      mailDomain: 'arbetsmarknadsinsatser.example',
      allowedOrigins: [],
    });
  });

  const domain = { domainName: 'arbetsmarknadsinsatser.se', certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/x' };
  /** A built site whose start page names `origin` as its address. */
  const builtSites: string[] = [];
  afterAll(() => {
    for (const dir of builtSites) rmSync(dir, { recursive: true, force: true });
  });
  function siteBuiltFor(origin: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'portal-site-'));
    builtSites.push(dir);
    writeFileSync(join(dir, 'index.html'), `<!doctype html><link rel="canonical" href="${origin}/"><title>Start</title>`);
    return dir;
  }

  it('takes the mail sender and the allowed origin from the domain', () => {
    expect(settings({ ...domain, siteDir: siteBuiltFor('https://arbetsmarknadsinsatser.se') })).toMatchObject({
      mailFrom: 'Arbetsmarknadsinsatser <noreply@arbetsmarknadsinsatser.se>',
      mailDomain: 'arbetsmarknadsinsatser.se',
      allowedOrigins: ['https://arbetsmarknadsinsatser.se'],
    });
  });

  it('reads a list of origins from the command line or cdk.json', () => {
    expect(settings({ allowedOrigins: 'https://a.example, https://b.example/' }).allowedOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(settings({ allowedOrigins: ['https://a.example'] }).allowedOrigins).toEqual(['https://a.example']);
  });

  it('refuses what would deploy something broken', () => {
    expect(() => settings({ domainName: 'arbetsmarknadsinsatser.se' })).toThrow(/certificateArn/);
    expect(() => settings({ allowedOrigins: 'http://a.example' })).toThrow(/https/);
    expect(() => settings({ allowedOrigins: '*' })).toThrow(/https/);
    expect(() => settings({ mailFrom: 'Arbetsmarknadsinsatser' })).toThrow(/e-mail address/);
    expect(() => settings({ stage: 'Prod Stage' })).toThrow(/stage/);
    expect(() => settings({ siteDir: '/nonexistent' })).toThrow(/index.html/);
  });

  it('refuses a site built for another address than the domain, saying how to build it', () => {
    expect(() => settings(domain)).toThrow(
      /built for http:\/\/localhost:4321, not https:\/\/arbetsmarknadsinsatser\.se: build it with SITE_URL=https:\/\/arbetsmarknadsinsatser\.se npm run build/,
    );
    expect(() => settings({ ...domain, siteDir: siteBuiltFor('https://test.arbetsmarknadsinsatser.se') })).toThrow(/not https/);
    expect(settings({ siteDir: siteBuiltFor('https://d111111abcdef8.cloudfront.net') }).siteBuiltFor).toBe(
      'https://d111111abcdef8.cloudfront.net',
    );
  });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
