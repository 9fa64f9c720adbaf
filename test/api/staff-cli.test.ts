/**
 * `npm run staff` when the portal is not running: it opens the store in the data folder itself,
 * adds, lists and removes people, and refuses an unknown organisation or role with a message
 * naming it and a failing exit code. (test/api/staff-session.test.ts uses it while the portal runs.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCommand } from '../support/signal-fixture.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'staff-cli-'));
const staff = (...args: string[]) => runCommand('staff', args, dataDir);
/** Each command starts a process of its own, with the store: seconds each on a busy machine. */
const commandsTimeout = 240_000;

it(
  'adds, lists and removes people, the address however it is typed',
  async () => {
    expect(await staff('add', ' Anna.Admin@Malmo.Exempel.se', 'kommun-1280', 'admin', 'Anna', 'Admin')).toContain(
      'anna.admin@malmo.exempel.se är tillagd i kommun-1280 som administratör.',
    );
    expect(await staff('add', 'lars@malmo.exempel.se', 'kommun-1280', 'lasare')).toContain('som läsare');
    expect(await staff('add', 'LARS@malmo.exempel.se', 'kommun-1280', 'handlaggare')).toContain(
      'lars@malmo.exempel.se är nu handläggare i kommun-1280.',
    );
    expect(await staff('add', 'sara@nordvind.exempel.se', 'nordvind-kompetens', 'handlaggare')).toContain('nordvind-kompetens');
    expect((await staff('list', 'kommun-1280')).trim().split('\n')).toEqual([
      'anna.admin@malmo.exempel.se  administratör  Anna Admin',
      'lars@malmo.exempel.se  handläggare',
    ]);
    expect(await staff('remove', 'Lars@Malmo.exempel.se')).toContain('lars@malmo.exempel.se är borttagen ur kommun-1280.');
    expect(await staff('list', 'kommun-1280')).not.toContain('lars@');
    expect(await staff('list', 'kommun-0180')).toContain('kommun-0180 har inga personer.');
  },
  commandsTimeout,
);

it(
  'refuses an unknown organisation or role, naming it, with a failing exit code',
  async () => {
    const refusals: [string[], string][] = [
      [['add', 'x@exempel.se', 'kommun-9999', 'admin'], 'Okänd organisation «kommun-9999»'],
      [['add', 'x@exempel.se', 'okand-leverantor', 'admin'], 'Okänd organisation «okand-leverantor»'],
      [['add', 'x@exempel.se', 'kommun-1280', 'chef'], 'Okänd roll «chef»: välj lasare, handlaggare, admin'],
      [['list', 'fa-99'], 'Okänd organisation «fa-99»'],
      [['remove', 'ingen@exempel.se'], 'Det finns ingen person med adressen «ingen@exempel.se»'],
      [['add', 'x@exempel.se'], 'Använd: npm run staff -- add'],
    ];
    for (const [args, message] of refusals)
      await expect(staff(...args), args.join(' ')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(message) });
    expect(await staff('list', 'kommun-1280')).not.toContain('x@exempel.se');
  },
  commandsTimeout,
);
