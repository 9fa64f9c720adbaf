/**
 * npm run edit: the browser editor on this machine. Starts decap-server, which saves into the
 * working copy's content/, and the portal (as `npm start`, which builds the site when needed), then
 * prints the editor's address. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { defaultEditorPort, startDecapServer } from './decap-server.ts';

const editorPort = Number(process.env.CMS_LOCAL_PORT ?? defaultEditorPort);
const decap = await startDecapServer({ port: editorPort, repoDir: process.cwd() });
// The portal as `npm start` runs it, as a child of this process so that stopping this one stops it.
const portal = spawn(process.execPath, ['--import', 'tsx', 'functions/local/server.ts'], { stdio: ['inherit', 'pipe', 'inherit'] });

portal.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  const url = /Portalen körs på (http:\/\/localhost:\d+)/.exec(chunk.toString())?.[1];
  if (url) console.log(`\nRedigera katalogen på ${url}/redigera/?lokal=${editorPort}  (ändringarna sparas i content/)\n`);
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const portalStopped = new Promise((resolve) => (portal.exitCode === null ? portal.once('exit', resolve) : resolve(undefined)));
  portal.kill('SIGINT');
  await Promise.all([portalStopped, decap.stop()]);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
portal.on('exit', (code) => void stop(code ?? 0));
