/**
 * The pages the functions render on request are made from components and data, never from the
 * built site's pages: no function reads a built page, cuts it at a marker or patches it.
 * (The local server is a web server for the built site: it serves its files as they are.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sourceFiles } from '../support/imports.ts';
import { projectDir } from '../support/paths.ts';

const functionSources = sourceFiles().filter((file) => file.startsWith('functions/'));

it('reads no built page and applies no marker anywhere in the functions', () => {
  expect(functionSources.length).toBeGreaterThan(20);
  const problems = functionSources.flatMap((file) => {
    const text = readFileSync(join(projectDir, file), 'utf8');
    return [
      !file.startsWith('functions/local/') && /\.html\b/.test(text) && `${file}: names a built page (.html)`,
      text.includes('<!--') && `${file}: an HTML comment, a marker in a page`,
      /\bsiteFile\(/.test(text) && `${file}: reads a file of the built site other than its data`,
    ].filter((problem): problem is string => Boolean(problem));
  });
  expect(problems).toEqual([]);
});
