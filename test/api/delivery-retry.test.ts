/**
 * Each recipient of a signal has its own delivery: one whose mail is refused (the local mailer's
 * avvisa.txt, as SES would refuse it) is tried again by the retry job while the others are done.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { gapSchema } from '../../core/contracts/signals.ts';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { validGap } from '../../scripts/examples.ts';
import type { SignalRecord } from '../../functions/store/signal.ts';

const { outboxDir, refuseMailTo, acceptAllMail } = setUpInProcessStore('retry-test');

/** The functions, imported once the in-process store's settings are in the environment. */
const functions = async () => ({
  ...(await import('../../functions/domain/signals.ts')),
  ...(await import('../../functions/domain/delivery.ts')),
  ...(await import('../../functions/store/signal.ts')),
  ...(await import('../../functions/mail/index.ts')),
});

/** A gap report for FA-region 23 while the mailer refuses `failing`, as SES would refuse it. */
async function reportRefusing(failing: string) {
  const { submitGap } = await functions();
  await refuseMailTo(failing);
  const key = { supplier: 'nordvind-kompetens', hash: 'x', faRegions: ['23'], createdAt: new Date().toISOString() };
  return submitGap(gapSchema.parse(validGap()), key, randomUUID());
}

/** The delivery of a report to a recipient's address. */
const deliveryTo = (record: SignalRecord, address: string) =>
  Object.values(record.deliveries).find((d) => 'recipient' in d && d.recipient.address === address);

it('retries the recipient whose delivery failed, and only that one, until it is sent', async () => {
  const { sweepOutbox, getSignal, refusedAddressesFile } = await functions();
  const { readOutbox } = await import('../support/portal-process.ts');

  const failing = 'jobbtorg@stockholm.exempel.se';
  const { id, reference } = await reportRefusing(failing);

  const sentTo = async () =>
    (await readOutbox(outboxDir))
      .filter((m) => m.subject.includes(reference))
      .map((m) => m.to)
      .sort();
  expect(await sentTo()).toEqual([
    'arbetsmarknad@sodertalje.exempel.se',
    'jobbspar.stockholm@exempel.se',
    'robert.exempelsson@botkyrka.exempel.se',
  ]);
  const stateOf = async () => {
    const record = (await getSignal(id))!;
    return Object.fromEntries(record.recipients.map((r) => [r.adress, deliveryTo(record, r.adress)]));
  };
  const first = await stateOf();
  expect(first[failing]).toMatchObject({ state: 'pending', attempts: 1, error: expect.stringContaining(refusedAddressesFile) });
  for (const [address, delivery] of Object.entries(first))
    if (address !== failing) expect(delivery).toMatchObject({ state: 'sent', attempts: 1 });

  // Not before its time; then tried again, still refused, and later again once the mailer takes it.
  expect(await sweepOutbox(new Date())).toBe(0);
  expect(await sweepOutbox(new Date(Date.now() + 2 * 60_000))).toBe(1);
  expect((await stateOf())[failing]).toMatchObject({ state: 'pending', attempts: 2 });
  await acceptAllMail();
  expect(await sweepOutbox(new Date(Date.now() + 10 * 60_000))).toBe(1);
  const last = await stateOf();
  expect(last[failing]).toMatchObject({ state: 'sent', attempts: 3 });
  expect(Object.values(last).every((d) => d!.state === 'sent')).toBe(true);
  expect(await sentTo()).toContain(failing);
  // The others were sent once; the failing one once, when it finally went through.
  expect(await sentTo()).toHaveLength(4);
  expect(await sweepOutbox(new Date(Date.now() + 24 * 3600_000))).toBe(0);
});

it('gives a delivery up after its last try, and lists the signal as not delivered', async () => {
  const { sweepOutbox, getSignal, undeliveredSubmissions } = await functions();
  const failing = 'arbetsmarknad@sodertalje.exempel.se';
  const { id } = await reportRefusing(failing);
  expect((await undeliveredSubmissions()).map((s) => s.id)).not.toContain(id);

  // A day apart: longer than the longest wait between two tries.
  for (let day = 1; day <= 10; day++) await sweepOutbox(new Date(Date.now() + day * 25 * 3600_000));
  const record = (await getSignal(id))!;
  const given = record.recipients.find((r) => r.adress === failing)!;
  expect(deliveryTo(record, given.adress)).toMatchObject({ state: 'failed', attempts: 8 });
  expect(record.recipients.filter((r) => r !== given).every((r) => deliveryTo(record, r.adress)!.state === 'sent')).toBe(true);
  expect((await undeliveredSubmissions()).map((s) => s.id)).toContain(id);
});
