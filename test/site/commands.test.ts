/**
 * The editors' commands as they run them: a bad edit must stop `npm run build` itself, with a
 * Swedish message naming the file and the field; `npm run check:content` warns of stale entries.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixtureFiles, requiredBadEdits } from '../support/catalogue-fixture.ts';
import { projectDir } from '../support/paths.ts';

function run(command: string, args: string[], catalogueDir: string) {
  const result = spawnSync(command, args, {
    cwd: projectDir,
    env: { ...process.env, CATALOGUE_DIR: catalogueDir, SITE_OUT_DIR: mkdtempSync(join(tmpdir(), 'site-')) },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run build with a bad edit', () => {
  it.each(requiredBadEdits)('fails on $name, naming file and field', (edit) => {
    const catalogue = copyFixture();
    edit.apply(catalogue);
    const { status, output } = run('npm', ['run', 'build'], catalogue.dir);
    expect(status).not.toBe(0);
    const expected = edit.field ? `katalog/${edit.file}: fältet «${edit.field}»: ` : `katalog/${edit.file}: `;
    expect(output).toContain(expected);
    expect(output).toContain(edit.message);
    expect(output).toContain('Katalogen har');
  });

  it('fails inside Astro itself, through the content collections, with the list alone and the stale entries', () => {
    const catalogue = copyFixture();
    requiredBadEdits[0]!.apply(catalogue);
    catalogue.replace(fixtureFiles.anordnare, /granskad: "?[0-9-]+"?/, 'granskad: "2024-05-02"');
    const { status, output } = run('npx', ['astro', 'build'], catalogue.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('fältet «kommuner[1]»: okänd kommunkod «9999»');
    expect(output).toContain(`katalog/${fixtureFiles.anordnare}: senast granskad 2024-05-02, för mer än 12 månader sedan`);
    // Where in the build the error was found would only hide the list from an editor.
    expect(output).not.toContain('Stack trace');
  });
});

describe('npm run check:content', () => {
  it('lists entries not reviewed for twelve months as a warning, without failing', () => {
    const catalogue = copyFixture();
    catalogue.replace('kommun-0181/insatser/yrkesvux-restaurang-sodertalje.md', 'granskad: "2026-09-01"', 'granskad: "2024-05-02"');
    const { status, output } = run('npm', ['run', 'check:content'], catalogue.dir);
    expect(status).toBe(0);
    expect(output).toContain('Varning: katalog/kommun-0181/insatser/yrkesvux-restaurang-sodertalje.md: senast granskad 2024-05-02');
    expect(output).toContain('1 ej granskade på 12 månader');
  });
});
