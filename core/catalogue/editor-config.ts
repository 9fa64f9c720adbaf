/**
 * The browser editor's configuration (Decap CMS), made from the content schemas so that the
 * editor's forms cannot drift from what the build accepts: every field of a schema becomes a
 * widget, with its Swedish label and help text from the field's description, and the schema's own
 * bounds, patterns and messages. A kind of field the walk does not know stops the build, naming the
 * field, rather than leaving it out of the form.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { dump } from 'js-yaml';
import { sv } from '../i18n/sv.ts';
import { kommuner, faRegions } from '../reference/index.ts';
import { occupationChoices } from '../reference/occupations.ts';
import { faCode, isoDate, kommunkod, ssykCode } from './schemas/fields.ts';
import { insatsSchema } from './schemas/insats.ts';
import { leverantorSchema } from './schemas/leverantor.ts';
import { regionTextSchema } from './schemas/region.ts';
import { routingSchema } from './schemas/routning.ts';
import { valetSchema } from './schemas/valet.ts';
import { jobseekerLanguages } from '../i18n/index.ts';
import { swedishErrorMap } from './messages.ts';
import { ownerLabel, parseOwner } from './owners.ts';

export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: EditorField[];
  field?: EditorField;
  /** A list whose items are of several kinds (Decap's variable types): the kinds, and the field that names an item's kind. */
  types?: (Omit<EditorField, 'name'> & { name: string })[];
  typeKey?: string;
  format?: string;
  editor_components?: string[];
  date_format?: string;
  time_format?: boolean;
}

interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  create?: boolean;
  extension?: string;
  format?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  fields?: EditorField[];
  files?: { name: string; label: string; file: string; fields: EditorField[] }[];
}

/** Where the editor saves: a GitHub repository in production; locally, decap-server takes over. */
export interface EditorBackend {
  repo: string;
  branch: string;
  /** The OAuth service that signs editors in to GitHub, e.g. "https://cms-auth.example.se". */
  authUrl?: string;
}

/** The schema's message for an empty required field: the editor says the same as the build. */
export const requiredMessage = z.object({ f: z.string() }).safeParse({}, { errorMap: swedishErrorMap }).error!.issues[0]!.message;

const message = (issue: z.IssueData) => swedishErrorMap(issue as z.ZodIssueOptionalMessage, { defaultError: '', data: undefined }).message;

/** Every closed value's Swedish name, from the interface texts; values without one show as written. */
const valueLabels: Record<string, string> = Object.assign({}, ...Object.values(sv.labels));

const kommunOptions = [...kommuner]
  .sort((a, b) => a.namn.localeCompare(b.namn, 'sv'))
  .map((k) => ({ label: `${k.namn} (${k.kod})`, value: k.kod }));
const faOptions = faRegions.map((r) => ({ label: `${r.kod} ${r.namn}`, value: r.kod }));
// A name can stand for one group only: the first, as the occupation picker on the forms reads it.
const occupationOptions = [...new Map(occupationChoices.map((o) => [o.namn.toLocaleLowerCase('sv'), o])).values()]
  .sort((a, b) => a.namn.localeCompare(b.namn, 'sv'))
  .map((o) => ({ label: o.namn, value: o.ssyk }));

/** Fields whose values are codes in the reference data, known by their check, and how they are picked. */
const referenceFields: {
  check: z.ZodTypeAny;
  field: Pick<EditorField, 'widget' | 'options' | 'format' | 'date_format' | 'time_format'>;
}[] = [
  { check: kommunkod, field: { widget: 'select', options: kommunOptions } },
  { check: faCode, field: { widget: 'select', options: faOptions } },
  { check: ssykCode, field: { widget: 'select', options: occupationOptions } },
  { check: isoDate, field: { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false } },
];

function referenceField(schema: z.ZodTypeAny) {
  return referenceFields.find(({ check }) => schema instanceof z.ZodEffects && schema._def.effect === check._def.effect)?.field;
}

/** The label is the description's first phrase, before its example; the hint is the whole description. */
function labelOf(description: string | undefined, name: string): string {
  const label = description
    ?.replace(/ \("[^"]*"\)/g, '')
    .split(/, t\.ex\.|; |: "/)[0]
    ?.trim();
  // A description that starts with the values themselves names no field: the field's name does.
  return label && !label.startsWith('"') ? label : name;
}

/** Strips optional, default and refinements, keeping what the form needs from them. */
function unwrap(schema: z.ZodTypeAny) {
  let description = schema.description;
  let required = true;
  let defaultValue: unknown;
  let inner = schema;
  for (;;) {
    description ??= inner.description;
    if (referenceField(inner)) break;
    if (inner instanceof z.ZodOptional) required = false;
    else if (inner instanceof z.ZodDefault) {
      required = false;
      defaultValue = inner._def.defaultValue();
    } else if (!(inner instanceof z.ZodEffects)) break;
    inner = inner instanceof z.ZodEffects ? inner._def.schema : inner._def.innerType;
  }
  return { inner, description, required, defaultValue };
}

/** A string's rule as one pattern with the schema's message: its regex, else its format, else its length. */
function stringPattern(schema: z.ZodString): [string, string] | undefined {
  const checks = schema._def.checks;
  const regex = checks.find((c) => c.kind === 'regex');
  if (regex?.kind === 'regex') return [regex.regex.source, regex.message ?? message({ code: 'invalid_string', validation: 'regex' })];
  if (checks.some((c) => c.kind === 'email'))
    return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', message({ code: 'invalid_string', validation: 'email' })];
  if (checks.some((c) => c.kind === 'url')) return ['^https?://\\S+$', message({ code: 'invalid_string', validation: 'url' })];
  const max = checks.find((c) => c.kind === 'max');
  if (max?.kind === 'max')
    return [`^[\\s\\S]{0,${max.value}}$`, message({ code: 'too_big', type: 'string', maximum: max.value, inclusive: true })];
  return undefined;
}

/** Long texts get a text area: the ones longer than a list's summary. */
const textAreaFrom = 300;

/** The widget for a schema without its name, label or required flag: also a list's element. */
function widgetOf(schema: z.ZodTypeAny, path: string): Omit<EditorField, 'name' | 'label'> {
  const reference = referenceField(schema);
  if (reference) return { ...reference };
  if (schema instanceof z.ZodString) {
    const max = schema._def.checks.find((c) => c.kind === 'max');
    const pattern = stringPattern(schema);
    const long = max?.kind === 'max' && max.value >= textAreaFrom && pattern?.[0].startsWith('^[\\s\\S]');
    return { widget: long ? 'text' : 'string', ...(pattern && { pattern }) };
  }
  if (schema instanceof z.ZodNumber) {
    const checks = schema._def.checks;
    const min = checks.find((c) => c.kind === 'min');
    const max = checks.find((c) => c.kind === 'max');
    return {
      widget: 'number',
      value_type: checks.some((c) => c.kind === 'int') ? 'int' : 'float',
      ...(min?.kind === 'min' && { min: min.value }),
      ...(max?.kind === 'max' && { max: max.value }),
    };
  }
  // A switch shows "no" before it is touched: saved so, not left out.
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean', default: false };
  if (schema instanceof z.ZodEnum)
    return { widget: 'select', options: (schema.options as string[]).map((value) => ({ label: valueLabels[value] ?? value, value })) };
  if (schema instanceof z.ZodLiteral) return { widget: 'hidden', default: schema.value };
  if (schema instanceof z.ZodObject) return { widget: 'object', fields: objectFields(schema, path) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element).inner;
    const bounds = {
      ...(schema._def.minLength && { min: schema._def.minLength.value }),
      ...(schema._def.maxLength && { max: schema._def.maxLength.value }),
    };
    // A list of items of several kinds, told apart by one field (a supplier's dated events): the
    // editor asks for the kind first, then shows that kind's own fields.
    if (element instanceof z.ZodDiscriminatedUnion) {
      const key: string = element.discriminator;
      const types = (element.options as z.AnyZodObject[]).map((option) => {
        const kind = String((option.shape[key] as z.ZodLiteral<string>).value);
        const { [key]: _kind, ...rest } = option.shape;
        return {
          name: kind,
          label: labelOf(option.description, kind),
          widget: 'object',
          fields: objectFields(z.object(rest), `${path}[${kind}]`),
        };
      });
      return { widget: 'list', typeKey: key, types, ...bounds };
    }
    const item = widgetOf(element, `${path}[]`);
    if (item.widget === 'select') return { ...item, multiple: true, ...bounds };
    if (item.widget === 'object') return { widget: 'list', fields: item.fields, ...bounds };
    return { widget: 'list', field: { name: 'värde', label: labelOf(schema.element.description, path), ...item }, ...bounds };
  }
  throw new Error(
    `the editor has no widget for the field «${path}» (${schema.constructor.name}): add one in core/catalogue/editor-config.ts`,
  );
}

function objectFields(schema: z.AnyZodObject, path = ''): EditorField[] {
  return Object.entries(schema.shape as z.ZodRawShape).map(([name, field]) => {
    const { inner, description, required, defaultValue } = unwrap(field);
    return {
      name,
      label: labelOf(description, name),
      ...(description && { hint: description }),
      required,
      ...(defaultValue !== undefined && { default: defaultValue }),
      ...widgetOf(inner, path ? `${path}.${name}` : name),
    };
  });
}

const schemaFields = new WeakMap<z.ZodTypeAny, EditorField[]>();

/**
 * A schema's fields as the editor's form; `fixed` fields are set from the folder and not shown.
 * Every owner's form holds the same field objects but its fixed ones, so the YAML writes each field
 * once and refers to it from the other owners' collections: without that, a national catalogue's
 * config.yml repeats every form for each of its 350 owners (11 MB to download and parse).
 */
export function editorFields(schema: z.ZodTypeAny, fixed: Record<string, string> = {}): EditorField[] {
  let fields = schemaFields.get(schema);
  if (!fields) {
    const object = unwrap(schema).inner;
    if (!(object instanceof z.ZodObject)) throw new Error('a content schema is an object of fields');
    fields = objectFields(object);
    schemaFields.set(schema, fields);
  }
  return fields.map((field) =>
    field.name in fixed ? { name: field.name, label: field.label, widget: 'hidden', default: fixed[field.name] } : field,
  );
}

// No pictures in the texts: the catalogue is text, and the editor offers no media. Made once, as the fields are.
const body = (label: string): EditorField => ({ name: 'body', label, widget: 'markdown', required: false, editor_components: [] });
const bodies = {
  region: body('Inledning'),
  valet: body('Text under tjänsterna'),
  insats: body('Beskrivning'),
  leverantor: body('Presentation'),
};

function ownerCollections(owner: string): EditorCollection[] {
  const name = ownerLabel(owner);
  const folder = `content/${owner}`;
  const entries = { create: true, extension: 'md', format: 'frontmatter', slug: '{{slug}}' };
  const parsed = parseOwner(owner);
  const files: NonNullable<EditorCollection['files']> = [
    {
      name: 'routning',
      label: 'Routning: vem får behovssignaler och bristrapporter',
      file: `${folder}/routning.yaml`,
      fields: editorFields(routingSchema, { agare: owner }),
    },
  ];
  if (parsed?.kind === 'fa-region')
    files.push({
      name: 'region',
      label: 'Regionens text',
      file: `${folder}/region.md`,
      fields: [...editorFields(regionTextSchema, { agare: owner, fa_region: parsed.fa }), bodies.region],
    });
  if (parsed?.kind === 'arbetsformedlingen')
    for (const language of jobseekerLanguages)
      files.push({
        name: `valet-${language}`,
        label: `Förklaringen av valet (${language})`,
        file: `${folder}/valet/${language}.md`,
        fields: [...editorFields(valetSchema), bodies.valet],
      });
  return [
    {
      name: `insatser-${owner}`,
      label: `${name}: insatser`,
      label_singular: 'insats',
      folder: `${folder}/insatser`,
      ...entries,
      identifier_field: 'titel',
      summary: '{{titel}}',
      fields: [...editorFields(insatsSchema, { agare: owner }), bodies.insats],
    },
    {
      name: `leverantorer-${owner}`,
      label: `${name}: leverantörer`,
      label_singular: 'leverantör',
      folder: `${folder}/leverantorer`,
      ...entries,
      identifier_field: 'namn',
      summary: '{{namn}}',
      fields: [...editorFields(leverantorSchema, { agare: owner }), bodies.leverantor],
    },
    { name: `filer-${owner}`, label: `${name}: routning och texter`, files },
  ];
}

/** The owner folders under the catalogue folder, e.g. ["arbetsformedlingen", "fa-23", "kommun-1281"]. */
export function ownerFolders(catalogueDir: string): string[] {
  return readdirSync(catalogueDir)
    .filter((name) => parseOwner(name) && statSync(join(catalogueDir, name)).isDirectory())
    .sort();
}

/** Decap CMS's config.yml as an object: one set of collections per owner folder. */
export function editorConfig(owners: readonly string[], backend: EditorBackend) {
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl && { base_url: backend.authUrl }),
    },
    // On localhost the editor saves through decap-server into the working copy instead (npm run edit).
    local_backend: true,
    publish_mode: 'editorial_workflow',
    locale: 'sv',
    // Decap's preview shows the fields, not the portal's page: no help, and an unnamed frame.
    editor: { preview: false },
    // Decap wants a media folder; no field takes a file, so nothing is ever saved there.
    media_folder: 'site/public/bilder',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: owners.flatMap(ownerCollections),
  };
}

/** config.yml itself: a field shared by many owners' forms is written once and referred to (a YAML alias). */
export function editorConfigYaml(owners: readonly string[], backend: EditorBackend): string {
  return dump(editorConfig(owners, backend), { lineWidth: -1 });
}
