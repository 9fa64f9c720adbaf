/**
 * The synthetic catalogue behind `npm run bench:build`: valid by the same loader the build uses,
 * the same for the same seed, and never written into the editors' content/.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.ts';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { interventionTypes } from '../../core/catalogue/vocabulary.ts';
import { contentDir } from '../support/paths.ts';

const scratch = () => join(mkdtempSync(join(tmpdir(), 'generated-')), 'katalog');

describe('the synthetic catalogue generator', () => {
  it('writes the asked number of entries, all valid, of every type and scope', () => {
    const dir = scratch();
    generateCatalogue({ out: dir, interventions: 200, suppliers: 30 });
    const { catalogue, problems } = loadCatalogue(dir);
    expect(problems).toEqual([]);
    expect(catalogue.insatser).toHaveLength(200);
    expect(catalogue.leverantorer).toHaveLength(30);
    expect(new Set(catalogue.insatser.map((i) => i.data.typ))).toEqual(new Set(interventionTypes));
    expect(new Set(catalogue.insatser.map((i) => i.data.omfattning))).toEqual(new Set(['nationell', 'fa-region', 'kommuner']));
    expect(catalogue.insatser.some((i) => i.data.anordnare.leverantor)).toBe(true);
  });

  it('gives the same catalogue for the same seed', () => {
    const [a, b] = [scratch(), scratch()];
    generateCatalogue({ out: a, interventions: 20, suppliers: 5, seed: 7 });
    generateCatalogue({ out: b, interventions: 20, suppliers: 5, seed: 7 });
    const file = 'arbetsformedlingen/leverantorer/syntetisk-leverantor-3.md';
    expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
  });

  it('refuses content/ and folders that already hold files', () => {
    expect(() => generateCatalogue({ out: contentDir, interventions: 1, suppliers: 1 })).toThrow(/content/);
    expect(() => generateCatalogue({ out: join(contentDir, 'kommun-0180'), interventions: 1, suppliers: 1 })).toThrow(/content/);
    const used = scratch();
    generateCatalogue({ out: used, interventions: 1, suppliers: 1 });
    expect(() => generateCatalogue({ out: used, interventions: 1, suppliers: 1 })).toThrow(/inte tom/);
  });
});
