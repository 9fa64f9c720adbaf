/**
 * content/README.md is the editors' guide: its complete example must pass the build's own checks,
 * and every field an editor can write must be explained there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { insatsSchema } from '../../core/catalogue/schemas/insats.ts';
import { leverantorSchema } from '../../core/catalogue/schemas/leverantor.ts';
import { regionTextSchema } from '../../core/catalogue/schemas/region.ts';
import { routingSchema } from '../../core/catalogue/schemas/routning.ts';
import { valetSchema } from '../../core/catalogue/schemas/valet.ts';
import { copyFixture } from '../support/catalogue-fixture.ts';
import { contentDir } from '../support/paths.ts';

const guide = readFileSync(join(contentDir, 'README.md'), 'utf8');

/** The field names of a content schema, through the refinements wrapped around its object. */
function fieldsOf(schema: z.ZodTypeAny): string[] {
  let inner = schema;
  while (!('shape' in inner)) inner = (inner as z.ZodEffects<z.ZodTypeAny>).innerType();
  return Object.keys((inner as z.AnyZodObject).shape);
}

describe("the editors' guide", () => {
  it('has a complete intervention example that the build accepts', () => {
    const example = /### Ett komplett exempel\s+```markdown\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const catalogue = copyFixture();
    catalogue.write('kommun-0181/insatser/exempel-fran-guiden.md', example!);
    const { catalogue: loaded, problems } = loadCatalogue(catalogue.dir);
    expect(problems).toEqual([]);
    const entry = loaded.insatser.find((i) => i.slug === 'exempel-fran-guiden')!;
    // The example shows editors every field, but fa_region: it is the alternative to kommuner.
    expect(Object.keys(entry.data).sort()).toEqual(
      fieldsOf(insatsSchema)
        .filter((f) => f !== 'fa_region')
        .sort(),
    );
  });

  it.each([
    ['insats', insatsSchema],
    ['leverantör', leverantorSchema],
    ['regiontext', regionTextSchema],
    ['routningstabell', routingSchema],
    ['förklaring av valet', valetSchema],
  ] as const)('explains every field of a %s', (_, schema) => {
    // A group of fields may be explained by its parts, e.g. `anordnare.namn`.
    for (const field of fieldsOf(schema)) expect(guide, field).toMatch(new RegExp(`\`${field}[\`.]`));
  });
});
