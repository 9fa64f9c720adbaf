import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzRuns } from '../support/fuzz.ts';
import type * as MailModule from '../../functions/mail/index.ts';
import { linkFor, readOutbox } from '../../scripts/portal-process.ts';

const outboxDir = mkdtempSync(join(tmpdir(), 'mail-test-outbox-'));
let mailer: typeof MailModule;
beforeAll(async () => {
  // The mailer reads its settings when first imported: the outbox makes it write files, not call SES.
  process.env.OUTBOX_DIR = outboxDir;
  mailer = await import('../../functions/mail/index.ts');
});

/** The rules of RFC 5322 section 2.1.1 and 2.3 that a hand-built message breaks first. */
function expectValidMessage(raw: Buffer) {
  const message = raw.toString('latin1');
  expect(message).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  for (const line of message.split('\r\n')) expect(Buffer.byteLength(line, 'latin1')).toBeLessThanOrEqual(998);
  // Header and body in 7-bit ASCII: non-ASCII text is encoded, so any mail system carries it.
  expect(raw.every((byte) => byte < 128)).toBe(true);
  expect(message).toContain('\r\n\r\n');
}

const link = `https://portal.example/arbetsgivare/avsiktsforklaring/status/?id=1&token=${'t'.repeat(1500)}`;

describe('a composed message', () => {
  it('is valid RFC 5322 with a line of 1,500 characters and a bare CR in its text', async () => {
    const text = `Hej Åsa!\n\nÖppna länken:\n${link}\n\nRad ett\rrad två`;
    const raw = await mailer.composeMail({ to: 'asa@exempel.se', subject: 'Bekräfta din avsiktsförklaring', text });
    expectValidMessage(raw);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Bekräfta din avsiktsförklaring');
    expect(parsed.text).toContain(`Öppna länken:\n${link}\n`);
    expect(parsed.text).toContain('Rad ett\nrad två');
  });

  it('stays valid and gives back its text, whatever the text and subject', async () => {
    const lineBreakHeavy = fc.string({ unit: fc.constantFrom('a', 'å', '\r', '\n', ' ', '=', '.', 'x'.repeat(300)), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(lineBreakHeavy, fc.string({ unit: 'grapheme' })),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        async (text, subject) => {
          const raw = await mailer.composeMail({ to: 'mottagare@exempel.se', subject, text });
          expectValidMessage(raw);
          const parsed = await simpleParser(raw);
          expect((parsed.text ?? '').trimEnd()).toBe(text.replace(/\r\n?/g, '\n').trimEnd());
        },
      ),
      { numRuns: fuzzRuns(200) },
    );
  });
});

describe('the outbox', () => {
  it('holds one .eml file per message, which the outbox reader decodes', async () => {
    await mailer.sendMail({
      to: 'eva@exempel.se',
      subject: 'Avsiktsförklaring LOI-2026-000001: bekräfta',
      text: `Öppna länken:\n${link}\n`,
    });
    const files = readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    expectValidMessage(readFileSync(join(outboxDir, files[0]!)));
    expect(await readOutbox(outboxDir)).toEqual([
      { file: files[0], to: 'eva@exempel.se', subject: 'Avsiktsförklaring LOI-2026-000001: bekräfta', text: expect.stringContaining(link) },
    ]);
    expect((await linkFor(outboxDir, 'eva@exempel.se', '/status/')).href).toBe(link);
  });

  it('refuses the addresses listed in avvisa.txt', async () => {
    writeFileSync(join(outboxDir, mailer.refusedAddressesFile), 'avvisad@exempel.se\n');
    await expect(mailer.sendMail({ to: 'Avvisad@exempel.se', subject: 'x', text: 'x' })).rejects.toThrow(mailer.refusedAddressesFile);
    expect(await readOutbox(outboxDir)).toHaveLength(1);
  });
});
