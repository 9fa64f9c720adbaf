/**
 * The embedded store in a process of its own, which the portal's process starts and watches.
 *
 * When LevelDB cannot write (a full disk, a folder made read-only), dynalite throws inside a
 * callback, and that ends the process it runs in. Here that is this small process, not the portal:
 * the portal goes on serving the site, its API answers 503 while the store is away, and it starts
 * the store again, on the same port and folder, until it is back. The endpoint never changes, so
 * the functions' one DynamoDB client finds the store again by itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startEmbeddedStore, StoreFault, storeFault, type EmbeddedStore, type StoreFaultKind } from '../store/embedded.ts';

/** What the store's process tells the portal's. */
type StoreMessage = { ready: true } | { fault: { kind: StoreFaultKind; message: string } };

/** A started store process, and what it said when it stopped. */
interface Started {
  child: ChildProcess;
  stopped: Promise<StoreFault>;
}

const firstRestartMs = 250;
const longestRestartMs = 3_000;
/** The store of a portal that was just stopped lets its folder go a moment after the portal has ended. */
const lockedWaitMs = 5_000;

/**
 * Starts the store on `folder` in its own process and keeps it running. Throws the StoreFault that
 * says what is wrong when it cannot start at all.
 */
export async function startStoreProcess(folder: string, tableName: string): Promise<EmbeddedStore> {
  const port = await freePort();
  let closing = false;
  let child: ChildProcess | undefined;
  let restart: NodeJS.Timeout | undefined;
  let told: string | undefined;

  function start(): Promise<Started> {
    const started = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        STORE_FOLDER: folder,
        STORE_PORT: String(port),
        TABLE_NAME: tableName,
        // The portal has shown the AWS SDK's warning about the Node version once; each restart need not again.
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    child = started;
    let fault: StoreFault | undefined;
    // 'close' comes after the last message of the process, which may say why it stopped.
    const stopped = new Promise<StoreFault>((resolve) =>
      started.once('close', (code, signal) =>
        resolve(fault ?? new StoreFault('failed', `Databasens process i ${folder} avslutades (${signal ?? `kod ${code}`}).`)),
      ),
    );
    return new Promise((resolve, reject) => {
      started.on('message', (message: StoreMessage) => {
        if ('ready' in message) resolve({ child: started, stopped });
        else fault = new StoreFault(message.fault.kind, message.fault.message);
      });
      void stopped.then(reject);
    });
  }

  function watch({ stopped }: Started) {
    void stopped.then((fault) => {
      if (closing) return;
      tell(fault);
      startAgainIn(firstRestartMs);
    });
  }

  function startAgainIn(delay: number) {
    restart = setTimeout(
      () =>
        start().then(
          (started) => {
            if (closing) return started.child.disconnect();
            told = undefined;
            console.log('Databasen är igång igen.');
            watch(started);
          },
          (fault: StoreFault) => {
            tell(fault);
            if (!closing) startAgainIn(Math.min(delay * 2, longestRestartMs));
          },
        ),
      delay,
    );
  }

  /** Says what stopped the store, once for each new reason. */
  function tell(fault: StoreFault) {
    if (fault.message === told) return;
    told = fault.message;
    console.error(
      `Databasen har stannat: ${fault.message}\nWebbplatsen visas som vanligt, men API:t svarar 503 tills databasen är igång igen; portalen startar den igen av sig själv.`,
    );
  }

  const waitUntil = Date.now() + lockedWaitMs;
  for (;;) {
    try {
      watch(await start());
      break;
    } catch (error) {
      if (!(error instanceof StoreFault && error.kind === 'locked' && Date.now() < waitUntil)) throw error;
      await new Promise((resolve) => setTimeout(resolve, firstRestartMs));
    }
  }

  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      closing = true;
      clearTimeout(restart);
      const last = child;
      if (!last?.connected) return;
      const exited = new Promise((resolve) => last.once('exit', resolve));
      last.disconnect();
      await exited;
    },
  };
}

/** A port no one listens on now; the store keeps it across its restarts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

/** The store's process: serves the store until the portal's process lets it go or is gone. */
async function serveStore() {
  const folder = process.env.STORE_FOLDER!;
  const send = (message: StoreMessage, then: () => void) => (process.connected ? process.send!(message, then) : then());
  const fail = (error: unknown) => {
    const { kind, message } = storeFault(folder, error);
    send({ fault: { kind, message } }, () => process.exit(1));
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  // Ctrl+C reaches every process of the terminal; the portal closes the store once its last request is answered.
  process.on('SIGINT', () => undefined);
  let store: EmbeddedStore | undefined;
  // The IPC channel closes when the portal lets the store go, and when the portal dies, even by
  // SIGKILL: the store must not outlive it, or it would keep the folder locked.
  process.once('disconnect', () => void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
  try {
    store = await startEmbeddedStore(folder, process.env.TABLE_NAME!, Number(process.env.STORE_PORT));
  } catch (error) {
    return fail(error);
  }
  send({ ready: true }, () => undefined);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serveStore();
