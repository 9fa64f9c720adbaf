/**
 * The publishing rule for suppliers' results holds in everything the build writes: no page and no
 * open-data file shows the figures of a result with fewer participants than the threshold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { minParticipants, publishedResult, showsFigures } from '../../core/catalogue/results.ts';
import { formatPercent, jobseekerLanguages, localePath } from '../../core/i18n/index.ts';
import { builtSiteDir, contentDir } from '../support/paths.ts';

const { catalogue } = loadCatalogue(contentDir);
type Result = (typeof catalogue.leverantorer)[number]['data']['resultat'][number];

const withheld = (results: readonly Result[]) => results.filter((r) => !showsFigures(publishedResult(r)));
const figures = (r: Result, language: string) =>
  [r.andel_arbete_studier, r.nojdhet?.andel].filter((share) => share !== undefined).map((share) => formatPercent(share!, language));

/** Every file under `dir`, with its path relative to the built site. */
function files(dir = builtSiteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name).slice(builtSiteDir.length + 1)],
  );
}

describe("suppliers' results as built", () => {
  const suppliersWithheld = catalogue.leverantorer.filter((s) => withheld(s.data.resultat).length > 0);

  it('the example content has results below the threshold', () => {
    expect(suppliersWithheld.map((s) => s.slug)).toEqual(
      expect.arrayContaining(['malmfaltens-arbetslivsresurs', 'malmo-sprak-och-jobb', 'rosengards-jobbverkstad']),
    );
  });

  it('no open-data file carries a result for fewer participants than the threshold', () => {
    const dataFiles = files(join(builtSiteDir, 'data')).filter((f) => /\.(json|csv)$/.test(f) && !f.endsWith('.schema.json'));
    let counted = 0;
    for (const file of dataFiles) {
      for (const [, n] of readFileSync(join(builtSiteDir, file), 'utf8').matchAll(/deltagare"*:\s*(\d+)/g)) {
        counted++;
        expect(Number(n), file).toBeGreaterThanOrEqual(minParticipants);
      }
    }
    expect(counted).toBeGreaterThan(0);
    const records = JSON.parse(readFileSync(join(builtSiteDir, 'data/leverantorer.json'), 'utf8'));
    for (const supplier of suppliersWithheld) {
      const record = records.find((r: { slug: string }) => r.slug === supplier.slug);
      for (const result of withheld(supplier.data.resultat))
        expect(record.resultat).toContainEqual({ period: result.period, tjanst: result.tjanst, for_fa_deltagare: true });
    }
  });

  it('no page shows the figures of a result below the threshold, in any language', () => {
    const pages = files().filter((f) => f.endsWith('.html'));
    for (const supplier of suppliersWithheld) {
      const hidden = withheld(supplier.data.resultat);
      const shown = supplier.data.resultat.filter((r) => !hidden.includes(r));
      for (const language of jobseekerLanguages) {
        const mustNotShow = hidden.flatMap((r) => figures(r, language)).filter((f) => !shown.some((r) => figures(r, language).includes(f)));
        const own = localePath(language, `/leverantorer/${supplier.slug}/`).slice(1);
        const inPages = pages.filter(
          (f) => f === `${own}index.html` || f.startsWith(localePath(language, '/leverantorer/kommun/').slice(1)),
        );
        for (const file of inPages) {
          const html = readFileSync(join(builtSiteDir, file), 'utf8');
          // On a list page, only the supplier's own card.
          const part = file.includes('/kommun/')
            ? (
                html.split('<li class="lev-card"').find((card) => card.includes(`&quot;slug&quot;:&quot;${supplier.slug}&quot;`)) ?? ''
              ).split('</li>')[0]!
            : html;
          for (const figure of mustNotShow) expect(part, `${file}: ${supplier.slug}`).not.toContain(figure);
          for (const r of hidden) expect(part, `${file}: ${supplier.slug}`).not.toContain(`<td>${r.deltagare}</td>`);
        }
      }
    }
  });
});
