/**
 * The catalogue as open data: JSON records, CSV with one row per entry, and a JSON Schema for
 * each JSON file, generated from the same content schemas that validate the markdown.
 */
import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { insatsSchema } from '../../core/catalogue/schemas/insats.ts';
import { leverantorSchema, resultSchema, serviceFields } from '../../core/catalogue/schemas/leverantor.ts';
import { isoDate } from '../../core/catalogue/schemas/fields.ts';
import { contractStatuses } from '../../core/catalogue/vocabulary.ts';
import { minParticipants } from '../../core/catalogue/results.ts';
import { toCsv, type CsvCell } from '../../core/csv.ts';
import { catalogue } from './catalogue.ts';

const recordFields = {
  slug: z.string().describe('Postens adress på webbplatsen, t.ex. "yrkesvux-restaurang-sodertalje"'),
  url: z.string().url().describe('Sidan för posten'),
};

export async function interventionRecords(site: URL) {
  const { insatser } = await catalogue();
  return insatser.map((e) => ({ slug: e.id, url: new URL(`/insatser/${e.id}/`, site).href, ...e.data, beskrivning: e.body }));
}

export async function supplierRecords(site: URL) {
  const { leverantorer } = await catalogue();
  return leverantorer.map((e) => ({ slug: e.id, url: new URL(`/leverantorer/${e.id}/`, site).href, ...e.data, beskrivning: e.body }));
}

/** A result the publishing rule withholds (core/catalogue/results.ts), as the open data writes it. */
const withheldResult = z
  .object({
    period: resultSchema.shape.period,
    tjanst: resultSchema.shape.tjanst,
    for_fa_deltagare: z.literal(true).describe(`Färre än ${minParticipants} deltagare: resultatet publiceras inte`),
  })
  .strict();

/** A contract as published: its events, and what follows from them on the day the data was built. */
const publishedServiceSchema = serviceFields.extend({
  avtal_fran: isoDate.describe('Avtalets första dag, ur händelsen avtal_borjar'),
  avtal_till: isoDate.describe('Avtalets sista dag, ur händelsen avtal_loper_ut'),
  status: z
    .enum(contractStatuses)
    .describe('Status den dag datan byggdes, ur händelserna: "aktiv", "pausad" (avropsstopp) eller "avslutad"'),
  status_orsak: z.string().optional().describe('Varför avtalet är pausat eller avslutat'),
});

const publishedSupplierSchema = leverantorSchema.extend({
  tjanster: z.array(publishedServiceSchema).describe('Tjänster per FA-region: avtalets händelser och dess status den dag datan byggdes'),
  resultat: z
    .array(z.union([resultSchema, withheldResult]))
    .describe(`Publicerade resultat per tjänst och period; siffrorna bara när minst ${minParticipants} deltagare avslutat tjänsten`),
});

export function jsonSchemaOf(kind: 'insatser' | 'leverantorer', site: URL) {
  const entry = kind === 'insatser' ? insatsSchema.innerType() : publishedSupplierSchema;
  const record = entry.extend({ ...recordFields, beskrivning: z.string().describe('Beskrivningen i markdown') });
  return listSchema(
    record,
    { name: kind, title: kind === 'insatser' ? 'Arbetsmarknadsinsatser' : 'Leverantörer av arbetsmarknadstjänster' },
    site,
  );
}

/** The JSON Schema of /data/{name}.json, a list of `record`. */
export function listSchema(record: z.ZodTypeAny, { name, title }: { name: string; title: string }, site: URL) {
  return {
    // zod-to-json-schema's types follow zod 4; the content schemas are Astro's zod 3, which it also reads.
    ...zodToJsonSchema(z.array(record) as unknown as Parameters<typeof zodToJsonSchema>[0], {
      target: 'jsonSchema2019-09',
      $refStrategy: 'none',
    }),
    $id: new URL(`/data/${name}.schema.json`, site).href,
    title,
  };
}

/**
 * One CSV row per record. Nested values are flattened: lists of plain values joined with "; ",
 * lists of objects and objects written as JSON in their cell.
 */
export function recordsToCsv(records: Record<string, unknown>[]): string {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const cell = (value: unknown): CsvCell => {
    if (value === undefined || value === null || typeof value === 'number') return value;
    if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('; ');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return toCsv(
    columns,
    records.map((r) => columns.map((c) => cell(r[c]))),
  );
}

export const jsonResponse = (value: unknown) =>
  new Response(JSON.stringify(value, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// The byte-order mark makes Excel read the file as UTF-8.
export const csvResponse = (csv: string) => new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
