/**
 * The browser editor's configuration is made from the content schemas: every field of every schema,
 * at every depth, has its widget in the form, required exactly when the build requires it, and a
 * kind of field the editor cannot show stops the build instead of leaving the field out.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import {
  editorConfig,
  editorConfigYaml,
  editorFields,
  ownerFolders,
  requiredMessage,
  type EditorField,
} from '../../core/catalogue/editor-config.ts';
import { faCode, isoDate, kommunkod, ssykCode } from '../../core/catalogue/schemas/fields.ts';
import { insatsSchema } from '../../core/catalogue/schemas/insats.ts';
import { leverantorSchema } from '../../core/catalogue/schemas/leverantor.ts';
import { regionTextSchema } from '../../core/catalogue/schemas/region.ts';
import { routingSchema } from '../../core/catalogue/schemas/routning.ts';
import { valetSchema } from '../../core/catalogue/schemas/valet.ts';
import { faRegions, kommuner } from '../../core/reference/index.ts';
import { contentDir } from '../support/paths.ts';

const schemas = { insatsSchema, leverantorSchema, regionTextSchema, routingSchema, valetSchema };

/** The widget a field of this kind must have, and whether the build lets it be left out. */
function expected(schema: z.ZodTypeAny): { required: boolean; inner: z.ZodTypeAny } {
  let required = true;
  let inner = schema;
  for (;;) {
    if ([kommunkod, faCode, ssykCode, isoDate].some((check) => inner instanceof z.ZodEffects && inner._def.effect === check._def.effect))
      break;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
      required = false;
      inner = inner._def.innerType;
    } else if (inner instanceof z.ZodEffects) inner = inner._def.schema;
    else break;
  }
  return { required, inner };
}

function widgetFor(inner: z.ZodTypeAny): string {
  if (inner instanceof z.ZodEffects) return inner._def.effect === isoDate._def.effect ? 'datetime' : 'select';
  if (inner instanceof z.ZodString) return 'string|text';
  if (inner instanceof z.ZodNumber) return 'number';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (inner instanceof z.ZodEnum) return 'select';
  if (inner instanceof z.ZodLiteral) return 'hidden';
  if (inner instanceof z.ZodObject) return 'object';
  if (inner instanceof z.ZodDiscriminatedUnion) return 'list';
  if (inner instanceof z.ZodArray) {
    const element = widgetFor(expected(inner.element).inner);
    return element === 'select' ? 'select' : 'list';
  }
  throw new Error(`no expectation for ${inner.constructor.name}`);
}

/** Checks each field of `object` against the editor's fields, recursively; returns the paths checked. */
function checkFields(object: z.AnyZodObject, fields: EditorField[], path: string): string[] {
  const checked: string[] = [];
  expect(
    fields.map((f) => f.name).filter((name) => name !== 'body'),
    path,
  ).toEqual(Object.keys(object.shape));
  for (const [name, schema] of Object.entries(object.shape as z.ZodRawShape)) {
    const field = fields.find((f) => f.name === name)!;
    const at = path ? `${path}.${name}` : name;
    const { required, inner } = expected(schema);
    checked.push(at);
    expect(field.label, at).toBeTruthy();
    expect(field.required ?? true, at).toBe(required);
    expect(widgetFor(inner).split('|'), at).toContain(field.widget);
    if (inner instanceof z.ZodArray) {
      expect(field.widget === 'list' || field.multiple, at).toBe(true);
      const element = expected(inner.element).inner;
      if (element instanceof z.ZodObject) checked.push(...checkFields(element, field.fields!, `${at}[]`));
      if (element instanceof z.ZodDiscriminatedUnion) {
        // Each kind of item with its own fields, the kind itself set by the editor under typeKey.
        const key: string = element.discriminator;
        expect(field.typeKey, at).toBe(key);
        const options = element.options as z.AnyZodObject[];
        expect(
          field.types?.map((t) => t.name),
          at,
        ).toEqual(options.map((o) => String(o.shape[key].value)));
        for (const option of options) {
          const { [key]: _kind, ...rest } = option.shape;
          const kind = String(option.shape[key].value);
          checked.push(...checkFields(z.object(rest), field.types!.find((t) => t.name === kind)!.fields!, `${at}[${kind}]`));
        }
      }
    }
    if (inner instanceof z.ZodObject) checked.push(...checkFields(inner, field.fields!, at));
  }
  return checked;
}

describe("the browser editor's configuration", () => {
  for (const [name, schema] of Object.entries(schemas))
    it(`has every field of ${name}, at every depth, with its widget and required flag`, () => {
      const object = expected(schema).inner as z.AnyZodObject;
      const checked = checkFields(object, editorFields(schema), '');
      expect(checked.length).toBeGreaterThanOrEqual(Object.keys(object.shape).length);
    });

  it('refuses a field it has no widget for, naming it', () => {
    expect(() => editorFields(z.object({ anordnare: z.object({ url: z.union([z.string(), z.number()]) }) }))).toThrow(/«anordnare\.url»/);
  });

  it('picks a kommun by name and an occupation by its JobTech name, and stores the codes', () => {
    const fields = editorFields(insatsSchema);
    const kommunField = fields.find((f) => f.name === 'kommuner')!;
    expect(kommunField).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(kommunField.options?.map((o) => o.value).sort()).toEqual(kommuner.map((k) => k.kod).sort());
    expect(kommunField.options).toContainEqual({ label: 'Lund (1281)', value: '1281' });
    const occupations = fields.find((f) => f.name === 'yrken')!;
    expect(occupations).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(occupations.options).toContainEqual({ label: 'Restaurangbiträde', value: '9412' });
    const fa = editorFields(leverantorSchema)
      .find((f) => f.name === 'tjanster')!
      .fields!.find((f) => f.name === 'fa_regioner')!;
    expect(fa.options?.map((o) => o.value)).toEqual(faRegions.map((r) => r.kod));
  });

  it("keeps the schema's bounds, patterns and Swedish messages", () => {
    const fields = editorFields(insatsSchema);
    expect(fields.find((f) => f.name === 'titel')).toMatchObject({
      widget: 'string',
      required: true,
      pattern: ['^[\\s\\S]{0,120}$', 'får ha högst 120 tecken'],
    });
    expect(fields.find((f) => f.name === 'langd_veckor')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 156 });
    expect(fields.find((f) => f.name === 'granskad')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(fields.find((f) => f.name === 'typ')?.options).toContainEqual({ label: 'Yrkesvux', value: 'yrkesvux' });
    const telefon = fields.find((f) => f.name === 'kontakt')!.fields!.find((f) => f.name === 'telefon')!;
    expect(telefon).toMatchObject({ required: false, pattern: [expect.any(String), 'ska vara ett telefonnummer, t.ex. "08-123 456 78"'] });
    expect(new RegExp(telefon.pattern![0]).test('08-123 456 78')).toBe(true);
    expect(requiredMessage).toBe('fältet saknas men är obligatoriskt');
  });

  it('has the collections of every owner folder, saving into that folder with its owner set', () => {
    const owners = ownerFolders(contentDir);
    expect(owners).toContain('kommun-1281');
    const config = editorConfig(owners, { repo: 'exempel/portal', branch: 'main' });
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'exempel/portal', branch: 'main' },
      locale: 'sv',
      publish_mode: 'editorial_workflow',
    });
    for (const owner of owners) {
      const insatser = config.collections.find((c) => c.name === `insatser-${owner}`)!;
      expect(insatser.folder).toBe(`content/${owner}/insatser`);
      expect(insatser.fields?.find((f) => f.name === 'agare')).toMatchObject({ widget: 'hidden', default: owner });
      expect(config.collections.find((c) => c.name === `leverantorer-${owner}`)?.folder).toBe(`content/${owner}/leverantorer`);
      const files = config.collections.find((c) => c.name === `filer-${owner}`)!.files!.map((f) => f.file);
      expect(files).toContain(`content/${owner}/routning.yaml`);
      if (owner.startsWith('fa-')) expect(files).toContain(`content/${owner}/region.md`);
    }
  });

  it('writes each form once however many owners there are: config.yml grows by a few lines per owner', () => {
    const kommunOwners = (count: number) => kommuner.slice(0, count).map((k) => `kommun-${k.kod}`);
    const backend = { repo: 'exempel/portal', branch: 'main' };
    const size = (owners: string[]) => editorConfigYaml(owners, backend).length;
    const one = size(kommunOwners(1));
    const perOwner = (size(kommunOwners(290)) - one) / 289;
    expect(perOwner).toBeLessThan(one / 10);
    // Still the whole form for each owner, once read.
    const config = load(editorConfigYaml(kommunOwners(2), backend)) as ReturnType<typeof editorConfig>;
    const [first, second] = kommunOwners(2).map((owner) => config.collections.find((c) => c.name === `insatser-${owner}`)!.fields!);
    expect(second!.find((f) => f.name === 'agare')).toMatchObject({ widget: 'hidden', default: kommunOwners(2)[1] });
    expect(second!.filter((f) => f.name !== 'agare')).toEqual(first!.filter((f) => f.name !== 'agare'));
  });
});
