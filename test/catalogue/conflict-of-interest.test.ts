/**
 * A jobbspår supplier may not run other interventions in its own region: the build stops on each
 * case the example content and the editors' guide once had, naming the intervention's file and
 * field and the supplier's file.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { contentDir } from '../support/paths.ts';

/** A copy of content/ with `anordnare` of the intervention in `file` set to supplier `slug`. */
function runBy(file: string, slug: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'jav-')), 'content');
  cpSync(contentDir, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(
      /^anordnare:\n {2}namn: .*\n(?: {2}leverantor: .*\n)?/m,
      (a) => `${a.split('\n').slice(0, 2).join('\n')}\n  leverantor: ${slug}\n`,
    ),
  );
  return dir;
}

describe('the conflict-of-interest rule', () => {
  it.each([
    ['arbetsformedlingen/insatser/amu-restaurang-skane.md', 'skansk-yrkesbro', '01'],
    ['arbetsformedlingen/insatser/amu-svetsare-goteborg.md', 'alvstrand-utbildning', '15'],
    ['kommun-0181/insatser/yrkesvux-restaurang-sodertalje.md', 'nordvind-kompetens', '23'],
  ])('stops the build when %s is run by %s, a jobbspår supplier in FA-region %s', (file, slug, fa) => {
    const { problems } = loadCatalogue(runBy(file, slug));
    expect(problems).toEqual([
      {
        file: `content/${file}`,
        field: 'anordnare.leverantor',
        message: expect.stringContaining(
          `«${slug}» har avtal för jobbspår i FA-region ${fa} (content/arbetsformedlingen/leverantorer/${slug}.md)`,
        ),
      },
    ]);
  });

  it('lets a jobbspår supplier run its own jobbspår modules, and the example content passes', () => {
    expect(loadCatalogue(contentDir).problems).toEqual([]);
    const { catalogue } = loadCatalogue(contentDir);
    const modules = catalogue.insatser.filter((i) => i.data.typ === 'jobbsparsmodul' && i.data.anordnare.leverantor);
    expect(modules.length).toBeGreaterThan(0);
  });
});
