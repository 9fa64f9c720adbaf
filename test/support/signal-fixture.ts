/** Valid needs signals and gap reports, supplier keys from the command, and the commands' output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GapInput, NeedsInput } from '../../functions/contracts/signals.ts';
import { projectDir } from './paths.ts';

export function validNeeds(overrides: { epost?: string; kommun?: string } = {}): NeedsInput {
  return {
    organisation: { namn: 'Exempelbageriet i Södertälje AB', organisationsnummer: '556677-8899' },
    arbetsplatsKommun: overrides.kommun ?? '0181',
    kontakt: { epost: overrides.epost ?? 'behov@exempelbageriet.example' },
    behov: { yrken: [{ namn: 'Kock à la carte', ssyk: '5120' }], antal: 3, tidshorisont: '0-3' },
    avsiktsforklaring: 'vet-inte',
    beskrivning: 'Vi behöver kockar till vårt nya kök.',
  };
}

export function validGap(overrides: { fa?: string } = {}): GapInput {
  return {
    faRegion: overrides.fa ?? '23',
    profil: { yrken: [{ namn: 'Kock à la carte', ssyk: '5120' }], kunskaper: ['Varmkök', 'Hygienrutiner'] },
    avsiktsforklaringar: ['LOI-2026-000001'],
    insatser: [{ skal: 'saknas' }, { insats: 'yrkesvux-restaurang-sodertalje', skal: 'fel-tid', kommentar: 'Startar först i augusti' }],
    berorda: { arbetsgivare: 2, tjanster: 6 },
    forslag: 'En kortare kurs på kvällstid i Södertälje.',
  };
}

export const postJson = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * Runs one of the project's commands (scripts/{name}.ts) against a portal's data folder. Not
 * synchronously: a test process that waits without its event loop cannot tend its open connections.
 */
export async function runCommand(name: string, args: string[], dataDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    cwd: projectDir,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return stdout;
}

/** A new key for the supplier, as `npm run keys -- issue` prints it. */
export async function issueKey(supplier: string, dataDir: string): Promise<{ key: string; id: string }> {
  const output = await runCommand('keys', ['issue', supplier], dataDir);
  const id = /id ([0-9a-f]{12})/.exec(output)![1]!;
  const key = new RegExp(`^(${supplier}\\.\\S+)$`, 'm').exec(output)![1]!;
  return { key, id };
}
