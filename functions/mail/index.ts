/**
 * Outgoing e-mail. Locally every message becomes an .eml file in the outbox folder, which any
 * mail program opens, composed by nodemailer's MailComposer (RFC 5322: CRLF line ends, lines
 * within 998 octets, non-ASCII text encoded). On AWS the same messages go through SES, which
 * composes them from their subject and text alike: a composer of our own there would cost each
 * function that sends mail some 135 kB, more than its bundle's budget has left
 * (`npm run bench:bundle`), so nodemailer is left out of the Lambda bundles and loaded only here,
 * by the outbox.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { config } from '../config.ts';

// Created once per process, and only where mail goes through SES.
const ses = config.outboxDir ? undefined : new SESv2Client({ region: config.region });

export interface Mail {
  to: string;
  subject: string;
  /** Plain text; links on lines of their own so every mail program makes them clickable. */
  text: string;
}

export async function sendMail(mail: Mail): Promise<void> {
  if (ses) {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: config.mailFrom,
        Destination: { ToAddresses: [mail.to] },
        Content: { Simple: { Subject: { Data: mail.subject, Charset: 'UTF-8' }, Body: { Text: { Data: mail.text, Charset: 'UTF-8' } } } },
        ...(config.sesConfigurationSet ? { ConfigurationSetName: config.sesConfigurationSet } : {}),
      }),
    );
    return;
  }
  await writeToOutbox(config.outboxDir!, mail);
}

/** The message as the outbox holds it, headers and body. */
export async function composeMail(mail: Mail, date = new Date()): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  // The composer turns LF into CRLF but keeps a lone CR, which RFC 5322 forbids: it is a line break too.
  const text = mail.text.replace(/\r\n?/g, '\n');
  return new MailComposer({ from: config.mailFrom, to: mail.to, subject: mail.subject, text, date, newline: 'win' }).compile().build();
}

/**
 * Local mail setting: addresses listed one per line in this file in the outbox are refused, as SES
 * refuses a message, so that a failed delivery and its retries can be tried out (and tested).
 */
export const refusedAddressesFile = 'avvisa.txt';

async function writeToOutbox(outboxDir: string, mail: Mail) {
  await mkdir(outboxDir, { recursive: true });
  const refused = await readFile(join(outboxDir, refusedAddressesFile), 'utf8').catch(() => '');
  if (refused.split(/\r?\n/).some((line) => line.trim().toLowerCase() === mail.to.toLowerCase()))
    throw new Error(`Mottagaren ${mail.to} står i ${refusedAddressesFile} och avvisas`);
  const sentAt = new Date();
  // Sortable by time, readable in a file list: "2026-11-22T10-15-03-123Z-kontakt@exempel.se-ab12.eml".
  const name = `${sentAt.toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^A-Za-z0-9@._-]/g, '_')}-${randomUUID().slice(0, 8)}.eml`;
  // Written whole or not at all: a process killed while writing leaves a .part file, never half a message.
  const partial = join(outboxDir, `${name}.part`);
  await writeFile(partial, await composeMail(mail, sentAt), { flag: 'wx' });
  await rename(partial, join(outboxDir, name));
}

/** Deletes the outbox's messages (and parts a crash left) older than its retention; the refused-addresses file stays. Returns how many. */
export async function purgeOutbox(now = new Date()): Promise<number> {
  const outboxDir = config.outboxDir;
  if (!outboxDir) return 0;
  const oldest = now.getTime() - config.outboxRetentionHours * 3600_000;
  const messages = (await readdir(outboxDir).catch((): string[] => [])).filter((file) => file.endsWith('.eml') || file.endsWith('.eml.part'));
  let purged = 0;
  for (const path of messages.map((file) => join(outboxDir, file)))
    if ((await stat(path)).mtimeMs < oldest) {
      await rm(path, { force: true });
      purged++;
    }
  return purged;
}
