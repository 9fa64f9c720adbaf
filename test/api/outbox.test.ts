/**
 * The outbox against crashes, each crash made by doing only the part of a request that ran before
 * it: a state change written whose mails were never sent is sent by the sweeper or by the retried
 * request; two senders at once send each message once; a request run twice stores one submission;
 * a confirm mail sent again keeps the first link working.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { loiSchema } from '../../core/contracts/loi.ts';
import { validLoi } from '../../scripts/examples.ts';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { readOutbox } from '../support/portal-process.ts';

const { outboxDir } = setUpInProcessStore('outbox-test');

const functions = async () => ({
  ...(await import('../../functions/domain/loi.ts')),
  ...(await import('../../functions/domain/delivery.ts')),
  ...(await import('../../functions/domain/routing.ts')),
  ...(await import('../../functions/catalogue/index.ts')),
  ...(await import('../../functions/store/loi.ts')),
  ...(await import('../../functions/store/records.ts')),
  ...(await import('../../functions/store/table.ts')),
  ...(await import('../../functions/store/counter.ts')),
});

const mailsTo = async (address: string) => (await readOutbox(outboxDir)).filter((m) => m.to === address);

/** An LOI submitted and its confirm mail's token. */
async function submitted(epost: string) {
  const { submitLoi } = await functions();
  const { id } = await submitLoi(loiSchema.parse(validLoi({ epost })), randomUUID());
  const [mail] = await mailsTo(epost);
  return { id, token: new URL(/(http\S+\/status\/\S+)/.exec(mail!.text)![1]!).searchParams.get('token')! };
}

/** What a confirm request writes before it sends anything: where a crash would leave it. */
async function confirmedWithoutMail(id: string) {
  const { getLoi, transitionLoi, allocateSupplier, routeFromKommun, publishedCatalogue, recipientDeliveries, nextTurn } = await functions();
  const catalogue = await publishedCatalogue();
  const { loi } = (await getLoi(id))!;
  const routing = routeFromKommun(catalogue, loi.arbetsplatsKommun, (await allocateSupplier(catalogue, loi, nextTurn)).supplier);
  expect(routing.recipients.length).toBeGreaterThan(0);
  await transitionLoi(
    id,
    ['unconfirmed'],
    'received',
    { recipients: routing.recipients },
    recipientDeliveries('routed', routing.recipients),
  );
  return routing.recipients.map((r) => r.address);
}

/** How many routed mails of the LOI each recipient has. */
async function routedCounts(id: string, recipients: readonly string[]) {
  const { getLoi } = await functions();
  const { reference } = (await getLoi(id))!;
  const mails = (await readOutbox(outboxDir)).filter((m) => m.subject.includes(reference));
  return recipients.map((address) => mails.filter((m) => m.to === address).length);
}

it('routes a confirmed LOI whose mails a crash left unsent at the next sweep', async () => {
  const { sweepOutbox, getLoi } = await functions();
  const { id } = await submitted('krasch-svep@exempel.example');
  const recipients = await confirmedWithoutMail(id);
  expect(await routedCounts(id, recipients)).toEqual(recipients.map(() => 0));
  expect(await sweepOutbox()).toBeGreaterThanOrEqual(1);
  expect(await routedCounts(id, recipients)).toEqual(recipients.map(() => 1));
  expect(Object.values((await getLoi(id))!.deliveries).every((d) => d.state === 'sent')).toBe(true);
  await sweepOutbox();
  expect(await routedCounts(id, recipients)).toEqual(recipients.map(() => 1));
});

it("routes it when the employer's confirm request is retried, and only once however often", async () => {
  const { confirmLoi } = await functions();
  const { id, token } = await submitted('krasch-igen@exempel.example');
  const recipients = await confirmedWithoutMail(id);
  expect((await confirmLoi(id, token)).status).toBe('received');
  await confirmLoi(id, token);
  expect(await routedCounts(id, recipients)).toEqual(recipients.map(() => 1));
});

it('sends each message once when the request and the sweeper send at the same moment', async () => {
  const { confirmLoi, sweepOutbox } = await functions();
  const { id, token } = await submitted('krasch-samtidigt@exempel.example');
  const recipients = await confirmedWithoutMail(id);
  await Promise.all([confirmLoi(id, token), sweepOutbox(), confirmLoi(id, token), sweepOutbox()]);
  expect(await routedCounts(id, recipients)).toEqual(recipients.map(() => 1));
});

it('sends the news of a withdrawal that came while the routed mails were being sent', async () => {
  const { confirmLoi, withdrawLoi, getLoi } = await functions();
  const { id, token } = await submitted('krasch-tillbaka@exempel.example');
  const recipients = await confirmedWithoutMail(id);
  await Promise.all([confirmLoi(id, token), withdrawLoi(id, token)]);
  const deliveries = Object.values((await getLoi(id))!.deliveries);
  expect(deliveries.filter((d) => d.purpose === 'withdrawn')).toHaveLength(recipients.length);
  expect(deliveries.every((d) => d.state === 'sent')).toBe(true);
});

it('stores one LOI and mails one link when the same request runs twice (a retry after a crash)', async () => {
  const { submitLoi } = await functions();
  const loi = loiSchema.parse(validLoi({ epost: 'krasch-dubbel@exempel.example' }));
  const id = randomUUID();
  const first = await submitLoi(loi, id);
  expect(await submitLoi(loi, id)).toEqual(first);
  expect(await mailsTo('krasch-dubbel@exempel.example')).toHaveLength(1);
});

it('keeps the first link working when a crash before its record made the confirm mail go again', async () => {
  const { openLoi, sweepOutbox, updateItem, Update, keys, indexEntries, epochSeconds, getLoi } = await functions();
  const epost = 'krasch-tva-lankar@exempel.example';
  const { id, token } = await submitted(epost);
  const { confirm } = (await getLoi(id))!.deliveries;
  // As it was when the mail had gone out but its result was not yet written.
  await updateItem(
    keys.loi(id),
    new Update().set({
      'deliveries.confirm': { ...confirm, state: 'pending', attempts: 0 },
      ...indexEntries.deliveriesDue(epochSeconds()),
    }),
  );
  await sweepOutbox();
  const links = (await mailsTo(epost)).map((m) => new URL(/(http\S+\/status\/\S+)/.exec(m.text)![1]!).searchParams.get('token')!);
  expect(links).toHaveLength(2);
  expect(links[0]).toBe(token);
  for (const link of links) expect((await openLoi(id, link)).id).toBe(id);
});
