/**
 * The crash trial of the fault suite and `npm run bench:faults`: employers submit and confirm LOIs
 * against the real local portal while it is killed (SIGKILL) at random moments and started again
 * on the same data, as after a power cut. Clients behave as the API asks: they retry with the same
 * Idempotency-Key on a lost connection, a 5xx or a 409 with Retry-After. Afterwards the store and the
 * outbox are read: every acknowledged LOI must be stored once, and every confirmed one routed to
 * each of its recipients.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { openLocalStore } from '../functions/store/embedded.ts';
import { validLoi } from './examples.ts';
import { readMail, startPortalProcess, withoutRateLimits, type OutboxMail, type PortalProcess } from './portal-process.ts';

export interface CrashTrialOptions {
  /** The built site the portal serves. */
  siteDir: string;
  submissions: number;
  /** Employers working at once. */
  clients: number;
  /** The longest a run of the portal lives before it is killed, in milliseconds (each run lives a random part of it); infinite for no crash. */
  maxLifeMs: number;
  /** Settings of the portal, over the trial's own short timings. */
  env?: Record<string, string>;
}

export interface CrashTrialResult {
  crashes: number;
  acknowledged: number;
  confirmed: number;
  /** Acknowledged but not stored, or confirmed but not routed to every recipient. */
  lost: number;
  /** Submissions stored more than once. */
  duplicated: number;
  /** Confirm mails sent again, because a crash came between a mail and its record (every link in them works: the employers use the first). */
  confirmMailsRepeated: number;
  /** The longest time from an LOI's confirmation (as its history has it) to its last routed mail. */
  longestConfirmToRoutedMs: number;
  /** The sweep interval the portal ran with, in seconds, to read the figure above against. */
  sweepSeconds: number;
}

/**
 * Short timings, so that what a crash leaves is taken up within seconds; no rate limits, for all
 * the employers send from one address.
 */
const trialSettings = { SWEEP_INTERVAL_SECONDS: '1', DELIVERY_LEASE_SECONDS: '2', IDEMPOTENCY_CLAIM_SECONDS: '3', ...withoutRateLimits };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function crashTrial({ siteDir, submissions, clients, maxLifeMs, env = {} }: CrashTrialOptions): Promise<CrashTrialResult> {
  const settings = { ...trialSettings, ...env };
  let portal: PortalProcess = await startPortalProcess(siteDir, { env: settings });
  const folders = { dataDir: portal.dataDir, outboxDir: portal.outboxDir };
  const outbox = new Outbox(folders.outboxDir);
  let crashes = 0;
  let working = true;
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const killer = (async () => {
    while (working && Number.isFinite(maxLifeMs)) {
      await Promise.race([pause(Math.random() * maxLifeMs), finished]);
      if (!working) break;
      await portal.stop('SIGKILL');
      crashes++;
      portal = await startPortalProcess(siteDir, { folders, env: settings });
    }
  })();

  /** Sends a request until the portal answers it with a status the client does not retry. */
  async function request(path: string, init: RequestInit): Promise<Response> {
    for (;;) {
      const response = await fetch(new URL(path, portal.url), init).catch(() => undefined);
      if (response && response.status < 500 && response.status !== 409) return response;
      await response?.body?.cancel();
      await pause(100 + Math.random() * 200);
    }
  }

  const employers = Array.from({ length: submissions }, (_, i) => ({ epost: `krasch-${i}@exempel.example`, key: randomUUID() }));
  const acknowledged = new Map<string, { id: string; reference: string; confirmed?: boolean }>();

  async function employer({ epost, key }: (typeof employers)[number]) {
    const body = JSON.stringify(validLoi({ epost }));
    const submitted = await request('/api/loi', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
    });
    if (submitted.status !== 201) throw new Error(`POST /api/loi answered ${submitted.status}: ${await submitted.text()}`);
    const { id, reference } = (await submitted.json()) as { id: string; reference: string };
    const ack: { id: string; reference: string; confirmed?: boolean } = { id, reference };
    acknowledged.set(epost, ack);
    const token = await outbox.tokenFor(epost, id);
    if (!token) return;
    const confirmed = await request(`/api/loi/${id}/confirm`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    if (confirmed.status !== 200) throw new Error(`confirm answered ${confirmed.status}: ${await confirmed.text()}`);
    ack.confirmed = true;
  }

  const queue = [...employers];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await employer(next);
    }),
  );
  working = false;
  finish();
  await killer;

  // One sweep after the last confirmation, plus a lease a crash may have left.
  const sweepSeconds = Number(settings.SWEEP_INTERVAL_SECONDS);
  const settled = Date.now() + (sweepSeconds + Number(settings.DELIVERY_LEASE_SECONDS) + 2) * 1000;
  const stored = async () => {
    const items = await storedLois(folders.dataDir);
    return { items, routed: await outbox.routed(items) };
  };
  let state = await stored();
  while (state.routed.missing > 0 && Date.now() < settled) {
    await pause(500);
    state = await stored();
  }
  await portal.stop();

  const byContact = new Map<string, StoredLoi[]>();
  for (const item of state.items) byContact.set(item.loi.kontakt.epost, [...(byContact.get(item.loi.kontakt.epost) ?? []), item]);
  const confirmedLois = [...acknowledged.values()].filter((ack) => ack.confirmed);
  const notStored = [...acknowledged.keys()].filter((epost) => !byContact.has(epost)).length;
  const confirmedAt = (item: StoredLoi) => Date.parse(item.history.find((h) => h.status === 'received')?.at ?? '');
  const longest = Math.max(
    0,
    ...state.items
      .filter((item) => item.status !== 'unconfirmed')
      .map((item) => (state.routed.lastAt.get(item.reference) ?? Number.POSITIVE_INFINITY) - confirmedAt(item)),
  );
  return {
    crashes,
    acknowledged: acknowledged.size,
    confirmed: confirmedLois.length,
    lost: notStored + state.routed.missing + (employers.length - confirmedLois.length),
    duplicated: [...byContact.values()].reduce((sum, items) => sum + items.length - 1, 0),
    confirmMailsRepeated: await outbox.confirmMailsBeyondFirst(employers.map((e) => e.epost)),
    longestConfirmToRoutedMs: longest,
    sweepSeconds,
  };
}

interface StoredLoi {
  id: string;
  reference: string;
  status: string;
  history: { status: string; at: string }[];
  loi: { kontakt: { epost: string } };
  recipients: { address: string }[];
}

/** Every LOI in the portal's store, read after it has stopped. */
async function storedLois(dataDir: string): Promise<StoredLoi[]> {
  const store = await openLocalStore(dataDir, 'portal');
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: store.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  );
  const items: StoredLoi[] = [];
  let startKey: Record<string, unknown> | undefined;
  try {
    do {
      const page = await client.send(new ScanCommand({ TableName: 'portal', ExclusiveStartKey: startKey }));
      // The LOIs' own items, not the staff inbox's entries for them.
      items.push(...((page.Items ?? []).filter((item) => item.kind === 'loi' && item.sk === 'LOI') as StoredLoi[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  } finally {
    client.destroy();
    await store.close();
  }
  return items;
}

/** The outbox as the employers and recipients read it; a message is parsed once. */
class Outbox {
  private readonly parsed = new Map<string, OutboxMail & { at: number }>();

  constructor(private readonly dir: string) {}

  private async mails(nameContains = '') {
    let files: string[] = [];
    try {
      // The names begin with the time of sending.
      files = readdirSync(this.dir)
        .filter((file) => file.endsWith('.eml') && file.includes(nameContains))
        .sort();
    } catch {
      // Not made yet.
    }
    for (const file of files)
      if (!this.parsed.has(file))
        this.parsed.set(file, { ...(await readMail(this.dir, file)), at: statSync(join(this.dir, file)).mtimeMs });
    return files.map((file) => this.parsed.get(file)!);
  }

  /** The token of the first confirm link of LOI `id` mailed to `to`, waiting for it a while: the sweeper sends what a crash left. */
  async tokenFor(to: string, id: string): Promise<string | undefined> {
    const pattern = new RegExp(`/avsiktsforklaring/status/\\?id=${id}&token=([\\w-]+)`);
    for (const giveUp = Date.now() + 30_000; Date.now() < giveUp; await pause(200)) {
      const link = (await this.mails(`-${to}-`))
        .filter((mail) => mail.to === to)
        .flatMap((mail) => pattern.exec(mail.text)?.[1] ?? [])
        .at(0);
      if (link) return link;
    }
    return undefined;
  }

  /** How many routed mails are missing of the confirmed LOIs, and when the last one of each LOI came. */
  async routed(items: readonly StoredLoi[]) {
    const mails = await this.mails();
    let missing = 0;
    const lastAt = new Map<string, number>();
    for (const item of items.filter((i) => i.status !== 'unconfirmed')) {
      const ofLoi = mails.filter((mail) => mail.subject.includes(item.reference) && mail.to !== item.loi.kontakt.epost);
      missing += item.recipients.filter((r) => !ofLoi.some((mail) => mail.to === r.address)).length;
      if (ofLoi.length > 0) lastAt.set(item.reference, Math.max(...ofLoi.map((mail) => mail.at)));
    }
    return { missing, lastAt };
  }

  async confirmMailsBeyondFirst(addresses: readonly string[]): Promise<number> {
    const mails = await this.mails();
    return addresses.reduce((sum, to) => sum + Math.max(0, mails.filter((mail) => mail.to === to).length - 1), 0);
  }
}
