/**
 * The published catalogue as the functions see it: the open data files of the built site
 * (/data/insatser.json, leverantorer.json, regioner.json, routning.json, tilldelning.json and yrken.json), read from the site folder
 * locally or from the site's address on AWS, and kept for a few minutes per process; and the files
 * the site publishes for the pages the functions render.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';
import { regionsOf } from '../../core/catalogue/scope.ts';
import type { Insats } from '../../core/catalogue/schemas/insats.ts';
import type { PublishedSupplier } from '../../core/catalogue/results.ts';
import type { RegionText } from '../../core/catalogue/schemas/region.ts';
import type { RegionAllocation, RoutingRecipient } from '../../core/catalogue/schemas/routning.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';

export type InsatsRecord = Insats & { slug: string; url: string };
export type { RegionAllocation, RoutingRecipient };
export type LeverantorRecord = PublishedSupplier & { slug: string; url: string };

export interface PublishedCatalogue {
  /** The occupation picker's names with their SSYK codes (/data/yrken.json). */
  yrken: Occupation[];
  insatser: InsatsRecord[];
  leverantorer: LeverantorRecord[];
  regioner: RegionText[];
  /** Every owner's routing table entries (/data/routning.json). */
  routning: RoutingRecipient[];
  /** Every FA-region's rule for which jobbspår supplier gets an LOI (/data/tilldelning.json). */
  tilldelning: RegionAllocation[];
}

const keepMs = 5 * 60 * 1000;
const kept = new Map<string, { at: number; value: Promise<unknown> }>();

/** What `load` gives, kept for a few minutes per process; a failure is not kept. */
function keep<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = kept.get(key);
  if (hit && Date.now() - hit.at <= keepMs) return hit.value as Promise<T>;
  const value = load();
  value.catch(() => kept.delete(key));
  kept.set(key, { at: Date.now(), value });
  return value;
}

export function publishedCatalogue(): Promise<PublishedCatalogue> {
  return keep('catalogue', () =>
    Promise.all(['insatser', 'leverantorer', 'regioner', 'yrken', 'routning', 'tilldelning'].map(siteJson)).then(
      ([insatser, leverantorer, regioner, yrken, routning, tilldelning]) =>
        ({ insatser, leverantorer, regioner, yrken, routning, tilldelning }) as PublishedCatalogue,
    ),
  );
}

/**
 * A file the site publishes for a page the functions render: the FA-regions' outlines for the
 * statistics map (fa-karta), what the supplier pages need besides the catalogue (leverantorsval).
 */
export function pageData<T>(name: 'fa-karta' | 'leverantorsval'): Promise<T> {
  return keep(name, () => siteJson(name) as Promise<T>);
}

/** An open data file of the built site, e.g. "leverantorer" for /data/leverantorer.json. */
async function siteJson(name: string): Promise<unknown> {
  const path = `/data/${name}.json`;
  if (/^https?:\/\//.test(config.siteSource)) {
    const response = await fetch(new URL(path, config.siteSource));
    if (!response.ok) throw new Error(`${path}: ${response.status} från webbplatsen`);
    return response.json();
  }
  return JSON.parse(await readFile(join(config.siteSource, path), 'utf8'));
}

/** FA-region `fa`'s rule for which of its jobbspår suppliers gets an LOI. */
export const allocationIn = (catalogue: PublishedCatalogue, fa: string): RegionAllocation =>
  catalogue.tilldelning.find((a) => a.fa_region === fa)!;

/** Interventions available in FA-region `fa`: national ones, the region's own and its kommuners'. */
export function interventionsInRegion(catalogue: PublishedCatalogue, fa: string): InsatsRecord[] {
  return catalogue.insatser.filter((i) => i.omfattning === 'nationell' || regionsOf(i).includes(fa));
}
