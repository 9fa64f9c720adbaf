/**
 * The browser editor's local backend: decap-server in its file-system mode, bound to localhost,
 * saving what the editor sends into a folder that holds content/ (the working copy, or a test's copy).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const serverScript = createRequire(import.meta.url).resolve('decap-server');

/** decap-server's own default port, which the editor tries when no other is given. */
export const defaultEditorPort = 8081;

export interface DecapServer {
  /** The address the page's `?lokal=` names. */
  port: number;
  stop(): Promise<void>;
}

export async function startDecapServer({ port, repoDir }: { port: number; repoDir: string }): Promise<DecapServer> {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('listening on')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`decap-server stopped (${code}):\n${log}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { port, stop };
}
