/** Nothing accepted is lost: LOIs survive the portal process being killed outright. */
import { afterAll, expect, it } from 'vitest';
import { postLoi } from '../support/loi-fixture.ts';
import { validLoi } from '../../scripts/examples.ts';
import { readOutbox, startPortalProcess, withoutRateLimits, type PortalProcess } from '../support/portal-process.ts';

let portal: PortalProcess | undefined;
afterAll(() => portal?.stop());

it('keeps all of 200 accepted LOIs when the server is killed with SIGKILL and started again', async () => {
  // 200 submissions from one address, far more than one client may send (test/api/rate-limits.test.ts).
  portal = await startPortalProcess({ env: withoutRateLimits });
  const ids: string[] = [];
  for (let batch = 0; batch < 10; batch++) {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postLoi(portal!.url, validLoi({ epost: `varaktig${batch * 20 + i}@exempel.example` }), `durable-${batch}-${i}-x`),
      ),
    );
    for (const response of responses) {
      expect(response.status).toBe(201);
      ids.push((await response.json()).id);
    }
  }
  await portal.stop('SIGKILL');

  portal = await startPortalProcess({ folders: { dataDir: portal.dataDir, outboxDir: portal.outboxDir }, env: withoutRateLimits });
  const links = (await readOutbox(portal.outboxDir)).map((m) => new URL(/(http\S+\/status\/\S+)/.exec(m.text)![1]!));
  expect(links).toHaveLength(200);
  const statuses = await Promise.all(
    links.map(async (link) => {
      const response = await fetch(`${portal!.url}/api/loi/${link.searchParams.get('id')}?token=${link.searchParams.get('token')}`);
      return [link.searchParams.get('id'), response.status, (await response.json()).status];
    }),
  );
  expect(statuses.filter(([, code]) => code !== 200)).toEqual([]);
  expect(new Set(statuses.map(([id]) => id))).toEqual(new Set(ids));
});
