/**
 * What the browser is allowed to do on the portal's pages, and how CloudFront maps a page address
 * onto the site bucket. Both are derived from the built site or the route list, never written twice.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CloudFront refuses a longer Content-Security-Policy in a response headers policy. */
export const maxPolicyLength = 1783;

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The sha256 source expressions of every inline script in the site's pages, sorted and unique. */
export function inlineScriptHashes(siteDir: string): string[] {
  const hashes = new Set<string>();
  for (const page of htmlFiles(siteDir)) {
    for (const [, attributes, body] of readFileSync(page, 'utf8').matchAll(inlineScript)) {
      if (/\ssrc\s*=/i.test(attributes!) || body!.length === 0) continue;
      hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * The policy for the site and the pages the functions render in the site's frame.
 * Scripts: only the site's own files and, by hash, the inline module scripts Astro writes into the
 * pages built with it, so an injected script never runs; the pages the functions render load their
 * scripts as files. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly index and allows no
 * JavaScript eval. Styles: the site's stylesheet is a file of its own, and 'unsafe-inline' because
 * some pages set style attributes, which hashes cannot allow; styles cannot run code.
 */
export function contentSecurityPolicy(siteDir: string): string {
  const policy = [
    "default-src 'self'",
    `script-src ${["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes(siteDir)].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
  if (policy.length > maxPolicyLength)
    throw new Error(
      `The Content-Security-Policy is ${policy.length} characters, CloudFront takes at most ${maxPolicyLength}: ` +
        'the site has too many different inline scripts; move some into files.',
    );
  return policy;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.isFile() && entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Viewer-request function of the site bucket's behaviour (CloudFront Functions, JavaScript 2.0).
 * The bucket is private and reached by its REST endpoint, which knows no index documents: a folder
 * address gets its index.html, and a page address without its slash is redirected to it, as
 * Astro's `trailingSlash: 'always'` links do. The start page's kommun form without JavaScript
 * lands on /valj/?kommun=…, which is sent on to the kommun's page, as the local server does.
 */
export const siteRequestFunctionCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var query = request.querystring;
  if (uri === '/valj/' && query.kommun && /^[0-9]{4}$/.test(query.kommun.value)) {
    return { statusCode: 303, statusDescription: 'See Other', headers: { location: { value: '/kommun/' + query.kommun.value + '/' } } };
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
    return request;
  }
  var last = uri.slice(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    var search = Object.keys(query).map(function (name) {
      var values = query[name].multiValue || [query[name]];
      return values.map(function (v) { return v.value === '' ? name : name + '=' + v.value; }).join('&');
    }).join('&');
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' + (search ? '?' + search : '') } } };
  }
  return request;
}`;

/**
 * Viewer-request function of the page routes' behaviours. The site's page addresses end in a
 * slash, an HTTP API route path may not, so the slash is taken off on the way to the API.
 */
export const pageRouteRequestFunctionCode = `function handler(event) {
  var request = event.request;
  if (request.uri.length > 1 && request.uri.endsWith('/')) request.uri = request.uri.slice(0, -1);
  return request;
}`;
