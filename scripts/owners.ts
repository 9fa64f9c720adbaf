/**
 * npm run owners: writes .github/CODEOWNERS from the owner folders under content/, so that the git
 * host asks each organisation's team to approve a change in its own folder, and only there. A test
 * checks that the committed file is the one this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownerFolders } from '../core/catalogue/editor-config.ts';

/** The GitHub organisation whose teams are named after the owner folders. */
const organisation = 'arbetsmarknadsinsatser';
/** The team that keeps the code and the reference data, and owns any folder without a team of its own. */
const maintainers = `@${organisation}/forvaltning`;

export const codeownersFile = resolve(import.meta.dirname, '../.github/CODEOWNERS');

export function codeowners(owners: readonly string[]): string {
  return [
    '# Written by `npm run owners` from the folders in content/; do not edit by hand.',
    '# The last matching line decides: each owner folder is its own team’s.',
    `* ${maintainers}`,
    ...owners.map((owner) => `/content/${owner}/ @${organisation}/${owner}`),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(codeownersFile, codeowners(ownerFolders(resolve('content'))));
  console.log(`Skrev ${codeownersFile}`);
}
