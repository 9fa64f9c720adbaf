/**
 * The portal as `npm start` runs it, started from another program (the tests, the benchmarks):
 * its own Node process with the embedded store on disk and a mail outbox. The outbox is read as
 * a person would read the mail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

export interface PortalProcess {
  url: string;
  dataDir: string;
  outboxDir: string;
  child: ChildProcess;
  /** What the process has written to stdout and stderr so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const scratchDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`));

export interface PortalProcessOptions {
  /** The folders of an earlier run, to start again on the same data. */
  folders?: { dataDir: string; outboxDir: string };
  /** Settings of this run (see the README's settings), over the surrounding environment. */
  env?: Record<string, string>;
}

/**
 * Settings that lift the rate limits (README, "Rate limits"), for a benchmark or a test that sends
 * from one address far more than any client may.
 */
export const withoutRateLimits = {
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: '1000000',
  RATE_LIMIT_CHECKS_PER_MINUTE: '1000000',
  RATE_LIMIT_CHECKS_PER_TARGET_PER_HOUR: '1000000',
  MAILS_PER_ADDRESS_PER_HOUR: '1000000',
};

export async function startPortalProcess(
  siteDir: string,
  { folders, env: settings = {} }: PortalProcessOptions = {},
): Promise<PortalProcess> {
  const work = folders ? undefined : scratchDir('portal');
  const dataDir = folders?.dataDir ?? join(work!, 'data');
  const outboxDir = folders?.outboxDir ?? join(work!, 'outbox');
  // The portal's links must point at this process, whatever the surrounding shell says.
  const { PUBLIC_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/server.ts'], {
    cwd: projectDir,
    env: { ...env, ...settings, PORT: '0', SITE_OUT_DIR: siteDir, DATA_DIR: dataDir, OUTBOX_DIR: outboxDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Portalen körs på (http:\/\/localhost:\d+)/.exec(log);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the portal stopped (${code}):\n${log}`)));
  });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, dataDir, outboxDir, child, output: () => log, stop };
}

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

/** Every message in the outbox, oldest first, decoded as a mail program shows it. */
export async function readOutbox(outboxDir: string): Promise<OutboxMail[]> {
  let files: string[];
  try {
    files = readdirSync(outboxDir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(files.map((file) => readMail(outboxDir, file)));
}

/** One message of the outbox, decoded as a mail program shows it. */
export async function readMail(outboxDir: string, file: string): Promise<OutboxMail> {
  const mail = await simpleParser(await readFile(join(outboxDir, file)));
  const to = [mail.to ?? []].flat()[0]?.value[0]?.address ?? '';
  return { file, to, subject: mail.subject ?? '', text: mail.text ?? '' };
}

/** The private link whose path contains `path` in the last message sent to `to` with one. */
export async function linkFor(outboxDir: string, to: string, path: string): Promise<URL> {
  const pattern = new RegExp(`(http\\S+${path}\\S+)`);
  const mail = (await readOutbox(outboxDir)).filter((m) => m.to === to && pattern.test(m.text)).at(-1);
  if (!mail) throw new Error(`no message to ${to} with a link to ${path}`);
  return new URL(pattern.exec(mail.text)![1]!);
}

/** The private status link in the confirm message of an LOI sent to `to`. */
export const statusLinkFor = (outboxDir: string, to: string) => linkFor(outboxDir, to, '/avsiktsforklaring/status/');
