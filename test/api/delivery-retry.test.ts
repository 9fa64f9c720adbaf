/**
 * Each recipient of a signal has its own delivery: one whose mail is refused (the local mailer's
 * avvisa.txt, as SES would refuse it) is tried again by the retry job while the others are done.
 */
import { expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gapSchema } from '../../core/contracts/signals.ts';
import { useInProcessStore } from '../support/in-process-store.ts';
import { validGap } from '../../scripts/examples.ts';

const { outboxDir } = useInProcessStore('retry-test');

/** The functions, imported once the in-process store's settings are in the environment. */
const functions = async () => ({
  ...(await import('../../functions/domain/signals.ts')),
  ...(await import('../../functions/domain/delivery.ts')),
  ...(await import('../../functions/store/signal.ts')),
  ...(await import('../../functions/mail/index.ts')),
});

/** A gap report for FA-region 23 while the mailer refuses `failing`, as SES would refuse it. */
async function reportRefusing(failing: string, idempotencyKey: string) {
  const { submitGap, refusedAddressesFile } = await functions();
  writeFileSync(join(outboxDir, refusedAddressesFile), `${failing}\n`);
  const key = { supplier: 'nordvind-kompetens', hash: 'x', faRegions: ['23'], createdAt: new Date().toISOString() };
  const { body } = await submitGap(gapSchema.parse(validGap()), key, idempotencyKey);
  return body as { id: string; reference: string };
}

it('retries the recipient whose delivery failed, and only that one, until it is sent', async () => {
  const { retryDueDeliveries, getSignal, refusedAddressesFile } = await functions();
  const { readOutbox } = await import('../support/portal-process.ts');

  const failing = 'jobbtorg@stockholm.exempel.se';
  const { id, reference } = await reportRefusing(failing, 'retry-gap-000001');

  const sentTo = async () => (await readOutbox(outboxDir)).filter((m) => m.subject.includes(reference)).map((m) => m.to).sort();
  expect(await sentTo()).toEqual(['arbetsmarknad@sodertalje.exempel.se', 'jobbspar.stockholm@exempel.se', 'robert.exempelsson@botkyrka.exempel.se']);
  const stateOf = async () => {
    const record = (await getSignal(id))!;
    return Object.fromEntries(record.recipients.map((r) => [r.adress, record.deliveries[r.id]]));
  };
  const first = await stateOf();
  expect(first[failing]).toMatchObject({ state: 'pending', attempts: 1, error: expect.stringContaining(refusedAddressesFile) });
  for (const [address, delivery] of Object.entries(first)) if (address !== failing) expect(delivery).toMatchObject({ state: 'sent', attempts: 1 });

  // Not before its time; then tried again, still refused, and later again once the mailer takes it.
  expect(await retryDueDeliveries(new Date())).toBe(0);
  expect(await retryDueDeliveries(new Date(Date.now() + 2 * 60_000))).toBe(1);
  expect((await stateOf())[failing]).toMatchObject({ state: 'pending', attempts: 2 });
  rmSync(join(outboxDir, refusedAddressesFile));
  expect(await retryDueDeliveries(new Date(Date.now() + 10 * 60_000))).toBe(1);
  const last = await stateOf();
  expect(last[failing]).toMatchObject({ state: 'sent', attempts: 3 });
  expect(Object.values(last).every((d) => d!.state === 'sent')).toBe(true);
  expect(await sentTo()).toContain(failing);
  // The others were sent once; the failing one once, when it finally went through.
  expect(await sentTo()).toHaveLength(4);
  expect(await retryDueDeliveries(new Date(Date.now() + 24 * 3600_000))).toBe(0);
});

it('gives a delivery up after its last try, and lists the signal as not delivered', async () => {
  const { retryDueDeliveries, getSignal, unroutedSignals } = await functions();
  const failing = 'arbetsmarknad@sodertalje.exempel.se';
  const { id } = await reportRefusing(failing, 'retry-gap-000002');
  expect((await unroutedSignals()).map((s) => s.id)).not.toContain(id);

  // A day apart: longer than the longest wait between two tries.
  let at = Date.now();
  for (let i = 0; i < 10; i++) await retryDueDeliveries(new Date((at += 25 * 3600_000)));
  const record = (await getSignal(id))!;
  const given = record.recipients.find((r) => r.adress === failing)!;
  expect(record.deliveries[given.id]).toMatchObject({ state: 'failed', attempts: 8 });
  expect(record.recipients.filter((r) => r !== given).every((r) => record.deliveries[r.id]!.state === 'sent')).toBe(true);
  expect((await unroutedSignals()).map((s) => s.id)).toContain(id);
});
