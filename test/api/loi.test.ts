/**
 * The LOI API as an employer's browser or an API client uses it, against the portal process and
 * its embedded store: submit, mail, confirm, routing, status, withdraw; retries and load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEmbeddedStore } from '../../functions/store/embedded.ts';
import { postLoi } from '../support/loi-fixture.ts';
import { validLoi } from '../../scripts/examples.ts';
import { readOutbox, startPortalProcess, statusLinkFor, withoutRateLimits, type PortalProcess } from '../support/portal-process.ts';

let portal: PortalProcess;
beforeAll(async () => {
  // Load from one address: 50 submissions at once are far more than one client may send (test/api/rate-limits.test.ts).
  portal = await startPortalProcess({ env: withoutRateLimits });
});
afterAll(() => portal.stop());

describe('a Letter of Intent', () => {
  it('is submitted, confirmed from the e-mail, routed, followed and withdrawn', async () => {
    const employer = 'flode@exempel.example';
    const submitted = await postLoi(portal.url, validLoi({ epost: employer }), 'flow-0000001');
    expect(submitted.status).toBe(201);
    const body = await submitted.json();
    expect(body).toMatchObject({ status: 'unconfirmed', reference: expect.stringMatching(/^LOI-\d{4}-\d{6}$/) });

    // The contact gets a message with the private link; nothing is routed before confirmation.
    const link = await statusLinkFor(portal.outboxDir, employer);
    expect(link.searchParams.get('id')).toBe(body.id);
    expect((await readOutbox(portal.outboxDir)).filter((m) => m.subject.includes(body.reference))).toHaveLength(1);
    const token = link.searchParams.get('token')!;

    const confirmed = await fetch(`${portal.url}/api/loi/${body.id}/confirm`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(confirmed.status).toBe(200);
    const view = await confirmed.json();
    expect(view.status).toBe('received');
    // FA-region 23 in the example catalogue has two active jobbspår suppliers and no rule of its own: they
    // take LOIs in turn in alphabetical order, so the region's first goes to Nordvind. With it Södertälje's
    // contact and Arbetsförmedlingen.
    expect(view.recipients.map((r: { role: string }) => r.role).sort()).toEqual(['arbetsformedlingen', 'kommun', 'leverantor']);
    expect(view.recipients.find((r: { role: string }) => r.role === 'leverantor')).toEqual({
      role: 'leverantor',
      organisation: 'Nordvind Kompetens AB',
      supplier: 'nordvind-kompetens',
    });
    expect(view.allocation).toEqual({ rule: 'rak_ordning', turn: 1 });
    const routed = (await readOutbox(portal.outboxDir)).filter((m) => m.subject.startsWith(`Ny avsiktsförklaring ${body.reference}`));
    expect(routed.map((m) => m.to).sort()).toEqual(
      ['arbetsmarknad@sodertalje.exempel.se', 'jobbspar.stockholm@exempel.se', 'kontakt@nordvind.exempel.se'].sort(),
    );
    expect(routed[0]!.text).toContain('Exempelbageriet i Södertälje AB');
    expect(routed[0]!.text).toContain('inte bindande');
    expect(view.matches.length).toBeGreaterThan(0);

    // Confirming again sends nothing more.
    await fetch(`${portal.url}/api/loi/${body.id}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect((await readOutbox(portal.outboxDir)).filter((m) => m.subject.startsWith(`Ny avsiktsförklaring ${body.reference}`))).toHaveLength(
      3,
    );

    const status = await fetch(`${portal.url}/api/loi/${body.id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await status.json()).history.map((h: { status: string }) => h.status)).toEqual(['unconfirmed', 'received']);
    expect((await fetch(`${portal.url}/api/loi/${body.id}`, { headers: { Authorization: 'Bearer fel-token' } })).status).toBe(404);

    const withdrawn = await fetch(`${portal.url}/api/loi/${body.id}/withdraw`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect((await withdrawn.json()).status).toBe('withdrawn');
    expect(
      (await readOutbox(portal.outboxDir)).filter((m) => m.subject === `Avsiktsförklaring ${body.reference} är tillbakadragen`),
    ).toHaveLength(3);
  });

  it('goes to the kommun and Arbetsförmedlingen when the region has no active jobbspår supplier, and says so', async () => {
    const employer = 'kiruna@exempel.example';
    const loi = { ...validLoi({ epost: employer }), arbetsplatsKommun: '2584' };
    const { id } = await (await postLoi(portal.url, loi, 'kiruna-000001')).json();
    const link = await statusLinkFor(portal.outboxDir, employer);
    const token = link.searchParams.get('token')!;
    const view = await (
      await fetch(`${portal.url}/api/loi/${id}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
    ).json();
    expect(view.fa).toBe('60');
    expect(view.recipients.map((r: { role: string }) => r.role).sort()).toEqual(['arbetsformedlingen', 'kommun']);
    expect(view.unrouted).toEqual(['leverantor']);
    const page = await (await fetch(link)).text();
    expect(page).toContain('Det finns ingen leverantör med aktivt avtal för jobbspår i din region just nu');
  });

  it('answers a retry with the same key and body with the same LOI, and another body with 409', async () => {
    const loi = validLoi({ epost: 'retry@exempel.example' });
    const first = await (await postLoi(portal.url, loi, 'retry-0000001')).json();
    const again = await postLoi(portal.url, loi, 'retry-0000001');
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    expect((await readOutbox(portal.outboxDir)).filter((m) => m.to === 'retry@exempel.example')).toHaveLength(1);

    const other = await postLoi(portal.url, { ...loi, behov: { ...loi.behov, antal: 4 } }, 'retry-0000001');
    expect(other.status).toBe(409);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect((await other.json()).errors[0].path).toBe('Idempotency-Key');
  });

  it('takes 50 submissions at once, each with its own unique reference', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postLoi(portal.url, validLoi({ epost: `samtidig${i}@exempel.example` }), `concurrent-${String(i).padStart(4, '0')}`),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(50);
    expect(new Set(bodies.map((b) => b.reference)).size).toBe(50);
  });

  it('keeps only the hash of a private link in the store', async () => {
    const employer = 'hash@exempel.example';
    await postLoi(portal.url, validLoi({ epost: employer }), 'hash-00000001');
    const token = (await statusLinkFor(portal.outboxDir, employer)).searchParams.get('token')!;
    await portal.stop();
    const store = await startEmbeddedStore(`${portal.dataDir}/dynamodb`, 'portal');
    const client = new DynamoDBClient({
      endpoint: store.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    try {
      const { Items = [] } = await client.send(new ScanCommand({ TableName: 'portal' }));
      const raw = JSON.stringify(Items);
      expect(raw).toContain(employer);
      expect(raw).not.toContain(token);
    } finally {
      client.destroy();
      await store.close();
      portal = await startPortalProcess({ folders: { dataDir: portal.dataDir, outboxDir: portal.outboxDir }, env: withoutRateLimits });
    }
  });
});
