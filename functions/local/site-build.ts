/**
 * Whether `npm start` must build the site first: when there is no build, or when anything the
 * site is built from changed after it. What that is comes from the layering (layers.ts): the
 * layers the site may import and its build configuration, so no file the site imports is missed.
 * A build older than the code it is served with would answer with pages and open data the
 * functions no longer expect.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteSources } from '../../layers.ts';

export function siteBuildReason(siteDir: string, projectDir: string): 'missing' | 'stale' | undefined {
  const builtAt = modifiedAt(join(siteDir, 'index.html'));
  if (builtAt === undefined) return 'missing';
  return siteSources.some((source) => newestChange(join(projectDir, source)) > builtAt) ? 'stale' : undefined;
}

function modifiedAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of a file, or of any file in a folder and its subfolders. */
function newestChange(path: string): number {
  const own = modifiedAt(path);
  if (own === undefined) return 0;
  if (!statSync(path).isDirectory()) return own;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce(
    (newest, name) => Math.max(newest, modifiedAt(join(path, name)) ?? 0),
    own,
  );
}
