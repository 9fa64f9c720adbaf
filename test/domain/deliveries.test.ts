/**
 * Every message is one kind of delivery: an LOI's confirm mail that the mailer refuses is tried
 * again by the same sweeper as a signal's, with a new private link (no token is stored, only
 * hashes), and given up after the same last try.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { loiSchema } from '../../core/contracts/loi.ts';
import { validLoi } from '../../scripts/examples.ts';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { readOutbox } from '../support/portal-process.ts';

const { outboxDir, refuseMailTo, acceptAllMail } = setUpInProcessStore('deliveries-test');

const functions = async () => ({
  ...(await import('../../functions/domain/loi.ts')),
  ...(await import('../../functions/domain/delivery.ts')),
  ...(await import('../../functions/store/loi.ts')),
  ...(await import('../../functions/mail/index.ts')),
});

/** An LOI whose contact's address the mailer refuses, as SES would. */
async function loiRefusing(epost: string) {
  const { submitLoi } = await functions();
  await refuseMailTo(epost);
  return submitLoi(loiSchema.parse(validLoi({ epost })), randomUUID());
}

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

it("retries an LOI's confirm mail that failed, with a new link that opens the LOI", async () => {
  const { getLoi, openLoi, sweepOutbox, refusedAddressesFile } = await functions();
  const epost = 'avvisad-forst@exempel.example';
  const { id } = await loiRefusing(epost);
  expect((await readOutbox(outboxDir)).filter((m) => m.to === epost)).toEqual([]);
  expect((await getLoi(id))!.deliveries.confirm).toMatchObject({
    purpose: 'confirm',
    state: 'pending',
    attempts: 1,
    error: expect.stringContaining(refusedAddressesFile),
  });

  await acceptAllMail();
  expect(await sweepOutbox(new Date())).toBe(0);
  expect(await sweepOutbox(minutes(2))).toBe(1);
  const [mail, ...more] = (await readOutbox(outboxDir)).filter((m) => m.to === epost);
  expect(more).toEqual([]);
  const link = new URL(/(http\S+\/status\/\S+)/.exec(mail!.text)![1]!);
  expect(link.searchParams.get('id')).toBe(id);
  expect((await openLoi(id, link.searchParams.get('token')!)).id).toBe(id);
  expect((await getLoi(id))!.deliveries.confirm).toMatchObject({ state: 'sent', attempts: 2 });
  expect(await sweepOutbox(minutes(24 * 60))).toBe(0);
});

it("gives an LOI's confirm mail up after its last try, and lists the LOI as not delivered", async () => {
  const { getLoi, sweepOutbox, undeliveredSubmissions } = await functions();
  const { id } = await loiRefusing('avvisad-alltid@exempel.example');
  expect((await undeliveredSubmissions()).map((s) => s.id)).not.toContain(id);
  for (let day = 1; day <= 10; day++) await sweepOutbox(new Date(Date.now() + day * 25 * 3600_000));
  expect((await getLoi(id))!.deliveries.confirm).toMatchObject({ state: 'failed', attempts: 8 });
  expect((await undeliveredSubmissions()).map((s) => s.id)).toContain(id);
});

it('reads an item that has lost its form as an error naming the item and the field, not as a record', async () => {
  const { getLoi, submitLoi } = await functions();
  const { dynamo, tableName } = await import('../../functions/store/client.ts');
  const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
  const { keys } = await import('../../functions/store/table.ts');
  const { id } = await submitLoi(loiSchema.parse(validLoi({ epost: 'trasig@exempel.example' })), randomUUID());
  await dynamo.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.loi(id),
      UpdateExpression: 'SET #status = :bad',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':bad': 'kanske' },
    }),
  );
  await expect(getLoi(id)).rejects.toThrow(new RegExp(`${keys.loi(id).pk}[\\s\\S]*status`));
  await expect(getLoi(id)).rejects.toMatchObject({ name: 'MalformedItem' });
});
