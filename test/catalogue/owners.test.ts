/**
 * .github/CODEOWNERS gives each owner folder under content/ to its organisation's team, so that
 * the git host lets a kommun change only its own folder; it is written by `npm run owners`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownerFolders } from '../../core/catalogue/editor-config.ts';
import { codeowners, codeownersFile } from '../../scripts/owners.ts';
import { contentDir } from '../support/paths.ts';

const committed = readFileSync(codeownersFile, 'utf8');

describe('CODEOWNERS', () => {
  it('has an owner line for every owner folder', () => {
    const owners = ownerFolders(contentDir);
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) expect(committed.split('\n'), owner).toContain(`/content/${owner}/ @arbetsmarknadsinsatser/${owner}`);
  });

  it('is the file npm run owners writes', () => {
    expect(committed, 'run npm run owners').toBe(codeowners(ownerFolders(contentDir)));
  });
});
