/**
 * The published catalogue as the functions see it: the open data files of the built site
 * (/data/insatser.json, leverantorer.json, regioner.json, routning.json and yrken.json), read from the site folder
 * locally or from the site's address on AWS, and kept for a few minutes per process.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';
import { regionsOf } from '../../core/catalogue/scope.ts';
import type { Insats } from '../../core/catalogue/schemas/insats.ts';
import type { Leverantor } from '../../core/catalogue/schemas/leverantor.ts';
import type { RegionText } from '../../core/catalogue/schemas/region.ts';
import type { RoutingRecipient } from '../../core/catalogue/schemas/routning.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';

export type InsatsRecord = Insats & { slug: string; url: string };
export type { RoutingRecipient };
export type LeverantorRecord = Leverantor & { slug: string; url: string };

export interface PublishedCatalogue {
  /** The occupation picker's names with their SSYK codes (/data/yrken.json). */
  yrken: Occupation[];
  insatser: InsatsRecord[];
  leverantorer: LeverantorRecord[];
  regioner: RegionText[];
  /** Every owner's routing table entries (/data/routning.json). */
  routning: RoutingRecipient[];
}

const keepMs = 5 * 60 * 1000;
let cached: { at: number; value: Promise<PublishedCatalogue> } | undefined;

export function publishedCatalogue(): Promise<PublishedCatalogue> {
  if (!cached || Date.now() - cached.at > keepMs) {
    const value = Promise.all(['insatser', 'leverantorer', 'regioner', 'yrken', 'routning'].map(siteJson)).then(
      ([insatser, leverantorer, regioner, yrken, routning]) => ({ insatser, leverantorer, regioner, yrken, routning }) as PublishedCatalogue,
    );
    value.catch(() => (cached = undefined));
    cached = { at: Date.now(), value };
  }
  return cached.value;
}

/** A page or file of the built site, e.g. "/arbetsgivare/avsiktsforklaring/index.html". */
export async function siteFile(path: string): Promise<string> {
  if (/^https?:\/\//.test(config.siteSource)) {
    const response = await fetch(new URL(path.replace(/index\.html$/, ''), config.siteSource));
    if (!response.ok) throw new Error(`${path}: ${response.status} från webbplatsen`);
    return response.text();
  }
  return readFile(join(config.siteSource, path), 'utf8');
}

export async function siteJson(name: string): Promise<unknown> {
  return JSON.parse(await siteFile(`/data/${name}.json`));
}

/** Interventions available in FA-region `fa`: national ones, the region's own and its kommuners'. */
export function interventionsInRegion(catalogue: PublishedCatalogue, fa: string): InsatsRecord[] {
  return catalogue.insatser.filter((i) => i.omfattning === 'nationell' || regionsOf(i).includes(fa));
}
