/** Signals posted as a client would, supplier keys from the command, and the commands' output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectDir } from './paths.ts';

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
