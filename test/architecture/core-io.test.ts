/**
 * The core reads no file when it is imported: it runs in the browser, in the build and in Lambda
 * alike, and a read at import time would fail in the first and slow the cold start of the last.
 * (It may read files when called: the catalogue loader reads content/.)
 */
import { describe, expect, it, vi } from 'vitest';
import { sourceFiles } from '../support/imports.ts';

// Reads are refused only while the core is imported: the test itself lists the files first.
const guard = vi.hoisted(() => {
  const state = { armed: false, reads: [] as string[] };
  const refusing =
    (name: string, real: (...args: never[]) => unknown) =>
    (...args: never[]) => {
      if (!state.armed) return real(...args);
      state.reads.push(`${name}(${String(args[0])})`);
      throw new Error(`${name} at import time`);
    };
  const wrap = <T extends object>(module: T, names: readonly string[]): T => {
    const wrapped = Object.fromEntries(
      names.map((name) => [name, refusing(name, (module as Record<string, (...args: never[]) => unknown>)[name]!)]),
    );
    return { ...module, ...wrapped, default: { ...module, ...wrapped } };
  };
  return { state, wrap };
});

vi.mock('node:fs', async (original) =>
  guard.wrap(await original<typeof import('node:fs')>(), [
    'readFileSync',
    'readdirSync',
    'statSync',
    'existsSync',
    'openSync',
    'readFile',
    'readdir',
    'stat',
  ]),
);
vi.mock('node:fs/promises', async (original) =>
  guard.wrap(await original<typeof import('node:fs/promises')>(), ['readFile', 'readdir', 'stat', 'open']),
);

describe('the core', () => {
  const coreFiles = sourceFiles().filter((file) => file.startsWith('core/'));

  it('has modules to import', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it('reads no file when its modules are imported', async () => {
    guard.state.armed = true;
    try {
      for (const file of coreFiles) await import(`../../${file}`);
    } finally {
      guard.state.armed = false;
    }
    expect(guard.state.reads).toEqual([]);
  });
});
