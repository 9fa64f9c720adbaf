/**
 * A kommun page shows the offer in each category of the activity requirement, with counts, and
 * points to the region's interventions in a category where the kommun has nothing of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { regionsOf } from '../../core/catalogue/scope.ts';
import { activityCategories } from '../../core/catalogue/vocabulary.ts';
import { kommuner, type Kommun } from '../../core/reference/index.ts';
import { builtSiteDir, contentDir } from '../support/paths.ts';

const { catalogue } = loadCatalogue(contentDir);
const page = (kod: string) => readFileSync(join(builtSiteDir, 'kommun', kod, 'index.html'), 'utf8');

/** The slugs of each category's interventions: the kommun's own, the rest of its region's and the national ones. */
function expected(kommun: Kommun, kategori: string) {
  const inCategory = catalogue.insatser.filter((e) => e.data.kategorier.some((k) => k === kategori));
  const own = inCategory.filter((e) => e.data.kommuner?.includes(kommun.kod));
  const region = inCategory.filter((e) => e.data.omfattning !== 'nationell' && regionsOf(e.data).includes(kommun.fa) && !own.includes(e));
  const national = inCategory.filter((e) => e.data.omfattning === 'nationell');
  return { own, region, national };
}

/** The counts of a page's category table, by category. */
function counts(html: string): Map<string, number[]> {
  const rows = html.matchAll(/<tr data-kategori="([a-z]+)"[^>]*>(.*?)<\/tr>/gs);
  return new Map(
    [...rows].map(([, kategori, cells]) => [kategori!, [...cells!.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]))]),
  );
}

/** The intervention slugs a page links to for a category the kommun lacks, or undefined when it has it. */
function pointers(html: string, kategori: string): string[] | undefined {
  const item = new RegExp(`<li data-saknas="${kategori}"[^>]*>(.*?)</li>`, 's').exec(html)?.[1];
  return item === undefined ? undefined : [...item.matchAll(/href="\/insatser\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
}

describe('a kommun page', () => {
  it('counts the interventions of each activity category in the kommun, the rest of the region and the country', () => {
    for (const kommun of kommuner) {
      const table = counts(page(kommun.kod));
      expect([...table.keys()], kommun.kod).toEqual([...activityCategories]);
      for (const kategori of activityCategories) {
        const { own, region, national } = expected(kommun, kategori);
        expect(table.get(kategori), `${kommun.kod} ${kategori}`).toEqual([own.length, region.length, national.length]);
      }
    }
  });

  it("points to the region's interventions in each category where the kommun has none of its own, and only there", () => {
    let gapsWithRegionOffer = 0;
    for (const kommun of kommuner) {
      const html = page(kommun.kod);
      for (const kategori of activityCategories) {
        const { own, region } = expected(kommun, kategori);
        if (own.length > 0) expect(pointers(html, kategori), `${kommun.kod} ${kategori}`).toBeUndefined();
        else {
          expect(pointers(html, kategori)?.sort(), `${kommun.kod} ${kategori}`).toEqual(region.map((e) => e.slug).sort());
          if (region.length > 0) gapsWithRegionOffer++;
        }
      }
    }
    expect(gapsWithRegionOffer).toBeGreaterThan(0);
  });

  it('says in words where neither the kommun nor its region has anything in a category', () => {
    const kommun = kommuner.find((k) => activityCategories.some((c) => expected(k, c).own.length + expected(k, c).region.length === 0))!;
    expect(page(kommun.kod)).toContain('Inga i regionen heller.');
  });
});
