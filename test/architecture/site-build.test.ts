/** `npm start` builds the site when there is none, and again when what it is built from is newer. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuildReason } from '../../functions/local/site-build.ts';
import { siteSources } from '../../layers.ts';
import { importGraph, reachableFrom } from '../support/imports.ts';

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  const touch = (path: string, secondsAgo: number) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), '');
    const at = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(join(dir, path), at, at);
  };
  touch('content/kommun-0180/insatser/sfi.md', 300);
  touch('content/kommun-0180/insatser/praktik.md', 300);
  touch('site/pages/index.astro', 300);
  touch('functions/handlers/loi-submit.ts', 300);
  // Making the files made their folders new too; they are as old as the files.
  const before = new Date(Date.now() - 300 * 1000);
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) utimesSync(join(dir, name), before, before);
  return { dir, touch };
}

describe('whether npm start builds the site', () => {
  it('builds when there is no build', () => {
    const { dir } = project();
    expect(siteBuildReason(join(dir, 'dist'), dir)).toBe('missing');
  });

  it('serves a build newer than everything it is made from', () => {
    const { dir, touch } = project();
    touch('dist/index.html', 60);
    expect(siteBuildReason(join(dir, 'dist'), dir)).toBeUndefined();
  });

  it.each([
    'content/kommun-0180/insatser/sfi.md',
    'site/pages/index.astro',
    'core/contracts/loi.ts',
    'ui/loi/LoiForm.tsx',
    'package-lock.json',
  ])('rebuilds after a change to %s', (changed) => {
    const { dir, touch } = project();
    touch('dist/index.html', 60);
    touch(changed, 0);
    expect(siteBuildReason(join(dir, 'dist'), dir)).toBe('stale');
  });

  it('rebuilds after a change to any file the site imports', () => {
    const graph = importGraph();
    const siteFiles = [...graph.keys()].filter((file) => file.startsWith('site/'));
    const imported = [...reachableFrom(graph, siteFiles)].filter((file) => !file.startsWith('site/'));
    expect(imported).toEqual(expect.arrayContaining(['core/i18n/index.ts', 'ui/loi/LoiForm.tsx', 'core/reference/index.ts']));
    const { dir, touch } = project();
    touch('dist/index.html', 60);
    const stale = imported.filter((file) => {
      touch(file, 0);
      const reason = siteBuildReason(join(dir, 'dist'), dir);
      touch(file, 300);
      return reason === 'stale';
    });
    expect(stale).toEqual(imported);
  });

  it('rebuilds after a file is removed', () => {
    const { dir, touch } = project();
    touch('dist/index.html', 60);
    rmSync(join(dir, 'content/kommun-0180/insatser/praktik.md'));
    expect(siteBuildReason(join(dir, 'dist'), dir)).toBe('stale');
  });

  it('does not rebuild for a change the site is not made from', () => {
    const { dir, touch } = project();
    touch('dist/index.html', 60);
    touch('functions/handlers/loi-submit.ts', 0);
    expect(siteSources).not.toContain('functions/handlers');
    expect(siteBuildReason(join(dir, 'dist'), dir)).toBeUndefined();
  });
});
