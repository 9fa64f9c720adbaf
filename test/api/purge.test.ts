/**
 * Personal data is kept only as long as needed: the purge job (the local stand-in for the table's
 * TTL) deletes unconfirmed LOIs after 72 hours and keeps confirmed ones.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { validLoi } from '../../scripts/examples.ts';
import { loiSchema } from '../../core/contracts/loi.ts';

setUpInProcessStore('purge-test');

it('deletes unconfirmed LOIs after 72 hours and keeps confirmed ones', async () => {
  const { submitLoi, confirmLoi } = await import('../../functions/domain/loi.ts');
  const { getLoi } = await import('../../functions/store/loi.ts');
  const { purgeExpired } = await import('../../functions/store/purge.ts');
  const { readOutbox } = await import('../support/portal-process.ts');

  const loi = loiSchema.parse(validLoi({ epost: 'glomd@exempel.example' }));
  const forgotten = await submitLoi(loi, randomUUID());
  const kept = await submitLoi({ ...loi, kontakt: { ...loi.kontakt, epost: 'bekraftad@exempel.example' } }, randomUUID());
  const mail = (await readOutbox(process.env.OUTBOX_DIR!)).find((m) => m.to === 'bekraftad@exempel.example')!;
  await confirmLoi(kept.id, new URL(/(http\S+\/status\/\S+)/.exec(mail.text)![1]!).searchParams.get('token')!);

  await purgeExpired(new Date(Date.now() + 71 * 3600_000));
  expect(await getLoi(forgotten.id)).toBeDefined();
  expect(await purgeExpired(new Date(Date.now() + 73 * 3600_000))).toBe(1);
  expect(await getLoi(forgotten.id)).toBeUndefined();
  expect((await getLoi(kept.id))?.status).toBe('received');
});
