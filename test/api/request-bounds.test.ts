/**
 * Requests the routes cannot take, against the portal as `npm start` runs it: a path value that is
 * no valid percent-encoding, a path with an empty segment, a body far over the limit. Each gets its
 * 4xx answer, never a 5xx, and the server goes on serving.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../support/portal-process.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess();
});
afterAll(() => portal.stop());

/** fetch() tidies a path; these are sent as written. */
function rawGet(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(portal.url);
    request({ host: hostname, port, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'] ?? '', body }));
    })
      .on('error', reject)
      .end();
  });
}

interface Upload {
  status: number;
  type: string;
  body: string;
  /** Bytes the client had sent when the answer came. */
  sentBeforeAnswer: number;
}

/** POSTs `total` bytes as fast as the server takes them, and notes how many it had sent when the answer came. */
function upload(path: string, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(portal.url);
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, '{');
    const req = request({ host: hostname, port, path, method: 'POST', headers: { 'Content-Type': 'application/json' } }, (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = '';
      response.on('data', (part: Buffer) => (body += part.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode!, type: response.headers['content-type'] ?? '', body, sentBeforeAnswer }),
      );
      req.end();
    });
    // Once answered, the server may close the connection while the client still writes.
    req.on('error', (error) => answered || reject(error));
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (sent >= total) req.end();
    };
    write();
  });
}

describe('requests the routes cannot take', () => {
  it('answers a path id that is no valid percent-encoding with 400 naming the id', async () => {
    for (const [method, path] of [
      ['GET', '/api/loi/%E0?token=x'],
      ['POST', '/api/loi/%E0/confirm'],
      ['POST', '/api/needs/%/confirm'],
    ] as const) {
      const response = await fetch(`${portal.url}${path}`, { method });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect((await response.json()).errors[0].path).toBe('id');
    }
  });

  it('answers a path with an empty segment with 404, and serves nothing outside the site', async () => {
    for (const path of ['//', '//api/loi', '//etc/passwd', '//region/23/', '//region', '/region//23/']) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('root:');
    }
    const api = await rawGet('/api//loi');
    expect(api.status).toBe(404);
    expect(api.type).toContain('application/problem+json');
  });

  it('answers a 50 MB body with 413 before the client has sent it all', async () => {
    const total = 50 * 1024 * 1024;
    const answer = await upload('/api/loi', total);
    expect(answer.status).toBe(413);
    expect(answer.type).toContain('application/problem+json');
    expect(JSON.parse(answer.body).status).toBe(413);
    // The socket buffers on both sides take a few MB at most; reading it all would take 50.
    expect(answer.sentBeforeAnswer).toBeLessThan(total / 2);
  });

  it('goes on serving', async () => {
    expect((await fetch(`${portal.url}/`)).status).toBe(200);
    const unknown = await fetch(`${portal.url}/api/loi/00000000-0000-4000-8000-000000000000?token=x`);
    expect(unknown.status).toBe(404);
  });
});
