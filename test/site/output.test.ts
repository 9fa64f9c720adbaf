/** What the build publishes, read from the built site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isStale, loadCatalogue } from '../../core/catalogue/load.ts';
import { builtSiteDir, contentDir } from '../support/paths.ts';
import { kommunerInFaRegion } from '../../core/reference/index.ts';

const { catalogue } = loadCatalogue(contentDir);
const page = (path: string) => readFileSync(join(builtSiteDir, path, 'index.html'), 'utf8');
const pagesUnder = (dir: string) =>
  readdirSync(join(builtSiteDir, dir), { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(builtSiteDir, dir, d.name, 'index.html')),
  );

describe('the built site', () => {
  beforeAll(() => expect(existsSync(join(builtSiteDir, 'index.html'))).toBe(true));

  it('has a page for each of the 60 FA-regions and 290 kommuner', () => {
    expect(pagesUnder('region')).toHaveLength(60);
    expect(pagesUnder('kommun')).toHaveLength(290);
    expect(page('region/23')).toContain('FA-region 23 Stockholm');
    expect(page('kommun/0180')).toContain('Stockholm kommun');
  });

  it('has a page for every intervention and supplier', () => {
    expect(
      pagesUnder('insatser')
        .map((d) => d.name)
        .sort(),
    ).toEqual(catalogue.insatser.map((e) => e.slug).sort());
    expect(
      pagesUnder('leverantorer')
        .map((d) => d.name)
        .filter((name) => name !== 'om-valet')
        .sort(),
    ).toEqual(catalogue.leverantorer.map((e) => e.slug).sort());
  });

  it('ships no JavaScript on content pages', () => {
    const insats = catalogue.insatser[0]!.slug;
    const leverantor = catalogue.leverantorer[0]!.slug;
    for (const path of [`insatser/${insats}`, `leverantorer/${leverantor}`, 'region/23', 'region/60', 'kommun/0180', 'kommun/2584']) {
      expect(page(path), path).not.toMatch(/<script/i);
    }
  });

  it('lists in a region the national, regional and local interventions available there', () => {
    const html = page('region/23');
    const stockholm = kommunerInFaRegion('23').map((k) => k.kod);
    for (const entry of catalogue.insatser) {
      const available =
        entry.data.omfattning === 'nationell' ||
        entry.data.fa_region === '23' ||
        (entry.data.kommuner ?? []).some((k) => stockholm.includes(k));
      if (available) expect(html, entry.slug).toContain(`/insatser/${entry.slug}/`);
    }
    const outside = catalogue.insatser.find((e) => e.data.fa_region === '15');
    if (outside) expect(html).not.toContain(`/insatser/${outside.slug}/`);
  });

  it('marks example entries and entries not reviewed for a year', () => {
    const example = catalogue.insatser.find((e) => e.data.exempeldata)!;
    expect(page(`insatser/${example.slug}`)).toContain('Exempeldata');
    const stale = catalogue.insatser.find((e) => isStale(e.data.granskad));
    expect(stale, 'the example content has an entry not reviewed for a year').toBeDefined();
    expect(page(`insatser/${stale!.slug}`)).toContain('Inte granskad på över ett år');
  });

  it('publishes the catalogue as JSON and CSV with a JSON Schema for each', () => {
    const interventions = JSON.parse(readFileSync(join(builtSiteDir, 'data/insatser.json'), 'utf8'));
    expect(interventions).toHaveLength(catalogue.insatser.length);
    expect(interventions[0]).toMatchObject({ slug: expect.any(String), titel: expect.any(String), typ: expect.any(String) });
    const suppliers = JSON.parse(readFileSync(join(builtSiteDir, 'data/leverantorer.json'), 'utf8'));
    expect(suppliers).toHaveLength(catalogue.leverantorer.length);

    for (const kind of ['insatser', 'leverantorer']) {
      const schema = JSON.parse(readFileSync(join(builtSiteDir, `data/${kind}.schema.json`), 'utf8'));
      expect(schema.type).toBe('array');
      expect(Object.keys(schema.items.properties)).toEqual(expect.arrayContaining(['slug', 'url', 'agare', 'granskad']));
      const csv = readFileSync(join(builtSiteDir, `data/${kind}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFFslug,url,')).toBe(true);
    }
    const insatsSchema = JSON.parse(readFileSync(join(builtSiteDir, 'data/insatser.schema.json'), 'utf8'));
    expect(insatsSchema.items.properties.typ.enum).toContain('yrkesvux');
    expect(insatsSchema.items.properties.titel.description).toMatch(/Namnet på insatsen/);
  });

  it('has a Pagefind index in Swedish', () => {
    const entry = JSON.parse(readFileSync(join(builtSiteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['sv']);
    expect(entry.languages.sv.page_count).toBeGreaterThanOrEqual(catalogue.insatser.length + 60 + 290);
  });
});
