/**
 * Needs signals and gap reports against the portal process and its embedded store: each reaches
 * exactly the recipients the routing table (content/{ägare}/routning.yaml) names, a signal with none is
 * kept and listed by `npm run unrouted`, and gap reports need a supplier's key for their region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkFor, readOutbox, startPortalProcess, type PortalProcess } from '../support/portal-process.ts';
import { issueKey, postJson, runCommand } from '../support/signal-fixture.ts';
import { validGap, validNeeds } from '../../scripts/examples.ts';

let portal: PortalProcess;
beforeAll(async () => {
  portal = await startPortalProcess();
});
afterAll(() => portal.stop());

const mailsAbout = async (reference: string) => (await readOutbox(portal.outboxDir)).filter((m) => m.subject.includes(reference));

const confirmLink = (to: string) => linkFor(portal.outboxDir, to, '/behov/bekrafta/');

async function submitAndConfirm(needs: ReturnType<typeof validNeeds>, key: string) {
  const submitted = await postJson(portal.url, '/api/needs', needs, { 'Idempotency-Key': key });
  expect(submitted.status).toBe(201);
  const body = await submitted.json();
  const link = await confirmLink(needs.kontakt!.epost!);
  expect(link.searchParams.get('id')).toBe(body.id);
  // Nothing goes to the recipients before the employer confirms.
  expect((await mailsAbout(body.reference)).map((m) => m.to)).toEqual([needs.kontakt!.epost]);
  const page = await fetch(link);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Bekräfta och skicka vidare');
  const confirmed = await fetch(`${portal.url}/api/needs/${body.id}/confirm`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${link.searchParams.get('token')}` },
  });
  expect(confirmed.status).toBe(200);
  return { ...body, confirmed: await confirmed.json(), link };
}

describe('a needs signal', () => {
  it("is confirmed from the e-mail and reaches exactly the FA-region's suppliers and its kommun in the routing table", async () => {
    const { reference, confirmed } = await submitAndConfirm(validNeeds({ epost: 'behov-flode@exempel.example' }), 'needs-flow-0001');
    expect(confirmed.status).toBe('received');
    // FA-region 23, Södertälje: content/fa-23/routning.yaml names two suppliers for "behov",
    // content/kommun-0181/routning.yaml Södertälje; Stockholm's and Botkyrka's entries are for their own kommuner.
    const routed = (await mailsAbout(reference)).filter((m) => m.subject.startsWith('Ny behovssignal'));
    expect(routed.map((m) => m.to).sort()).toEqual([
      'arbetsmarknad@sodertalje.exempel.se',
      'kontakt@nordvind.exempel.se',
      'kontakt@stegvis.exempel.se',
    ]);
    expect(routed[0]!.text).toContain('Exempelbageriet i Södertälje AB');
    expect(routed[0]!.text).toContain('behov-flode@exempel.example');

    const again = await postJson(portal.url, `/api/needs/${confirmed.id}/confirm`, {}, { Authorization: 'Bearer fel-token' });
    expect(again.status).toBe(404);
  });

  it('is answered the same for a retry with the same key, and 409 for another body', async () => {
    const needs = validNeeds({ epost: 'behov-retry@exempel.example' });
    const first = await (await postJson(portal.url, '/api/needs', needs, { 'Idempotency-Key': 'needs-retry-01' })).json();
    const again = await postJson(portal.url, '/api/needs', needs, { 'Idempotency-Key': 'needs-retry-01' });
    expect(await again.json()).toEqual(first);
    expect((await readOutbox(portal.outboxDir)).filter((m) => m.to === 'behov-retry@exempel.example')).toHaveLength(1);
    const other = await postJson(portal.url, '/api/needs', { ...needs, avsiktsforklaring: 'ja' }, { 'Idempotency-Key': 'needs-retry-01' });
    expect(other.status).toBe(409);
  });

  it('is kept and listed by `npm run unrouted` when the routing table has no recipient for its area', async () => {
    const { reference, confirmed, link } = await submitAndConfirm(
      validNeeds({ epost: 'kiruna-behov@exempel.example', kommun: '2584' }),
      'needs-unrouted-1',
    );
    expect(confirmed.recipients).toEqual([]);
    expect((await mailsAbout(reference)).filter((m) => m.subject.startsWith('Ny behovssignal'))).toEqual([]);
    expect(await (await fetch(link)).text()).toContain('Vi har ingen mottagare i din region');
    const listed = await runCommand('unrouted', [], portal.dataDir);
    expect(listed).toContain(reference);
    expect(listed).toContain('kommun 2584');
    expect(listed).not.toMatch(/BEHOV-\d{4}-000001\b/);
  });
});

describe('a gap report', () => {
  it("from a supplier's key reaches exactly Arbetsförmedlingen and every kommun of the FA-region in the routing table", async () => {
    const { key } = await issueKey('nordvind-kompetens', portal.dataDir);
    const response = await postJson(portal.url, '/api/gaps', validGap(), {
      Authorization: `Bearer ${key}`,
      'Idempotency-Key': 'gap-flow-00001',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.reference).toMatch(/^BRIST-\d{4}-\d{6}$/);
    const routed = await mailsAbout(body.reference);
    // FA-region 23: Arbetsförmedlingen (fa-23) and the three kommuner with a routing table: Stockholm, Södertälje, Botkyrka. No supplier.
    expect(routed.map((m) => m.to).sort()).toEqual(
      [
        'arbetsmarknad@sodertalje.exempel.se',
        'jobbspar.stockholm@exempel.se',
        'jobbtorg@stockholm.exempel.se',
        'robert.exempelsson@botkyrka.exempel.se',
      ].sort(),
    );
    expect(routed[0]!.text).toContain('nordvind-kompetens');
    expect(routed[0]!.text).toContain('En kortare kurs på kvällstid');
  });

  it("gets 401 without a key, 403 with another region's key and 401 with a revoked key", async () => {
    const post = (headers: Record<string, string>, key: string) =>
      postJson(portal.url, '/api/gaps', validGap(), { 'Idempotency-Key': key, ...headers });
    const none = await post({}, 'gap-auth-000001');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await none.json()).errors[0].path).toBe('Authorization');
    expect((await post({ Authorization: 'Bearer nordvind-kompetens.påhittad' }, 'gap-auth-000002')).status).toBe(401);

    const skane = await issueKey('malmo-sprak-och-jobb', portal.dataDir);
    const otherRegion = await post({ Authorization: `Bearer ${skane.key}` }, 'gap-auth-000003');
    expect(otherRegion.status).toBe(403);
    expect((await otherRegion.json()).errors[0].path).toBe('faRegion');
    expect(
      (
        await postJson(portal.url, '/api/gaps', validGap({ fa: '01' }), {
          Authorization: `Bearer ${skane.key}`,
          'Idempotency-Key': 'gap-auth-000004',
        })
      ).status,
    ).toBe(201);

    const revoked = await issueKey('nordvind-kompetens', portal.dataDir);
    expect((await post({ Authorization: `Bearer ${revoked.key}` }, 'gap-auth-000005')).status).toBe(201);
    await runCommand('keys', ['revoke', 'nordvind-kompetens', revoked.id], portal.dataDir);
    expect(await runCommand('keys', ['list', 'nordvind-kompetens'], portal.dataDir)).toMatch(new RegExp(`${revoked.id} .*återkallad`));
    const afterRevoke = await post({ Authorization: `Bearer ${revoked.key}` }, 'gap-auth-000006');
    expect(afterRevoke.status).toBe(401);
    expect((await afterRevoke.json()).errors[0].message).toContain('återkallad');
  });
});
