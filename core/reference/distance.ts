/**
 * Distances between kommuner, from the centres of their outlines: a delivery address has a
 * kommunkod but no coordinates, so "nearest" means the nearest kommun. The build computes the
 * centres from the outlines and publishes them (/data/leverantorsval.json), so the functions
 * measure the same distances without carrying the outlines.
 */
import { polygonsOf, type Outline } from './outlines.ts';

/** Longitude and latitude of each kommun's centre, by kommunkod. */
export type KommunCentres = Readonly<Record<string, readonly [number, number]>>;

export interface KommunOutlines {
  features: { properties: { kommunkod: string }; geometry: Outline }[];
}

/** The mean of the outer ring's points of the kommun's largest part: inside enough for a distance. */
function centreOf(outline: Outline): [number, number] {
  const ring = polygonsOf(outline)
    .map((p) => p[0]!)
    .sort((a, b) => b.length - a.length)[0]!;
  const sum = ring.reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

export function kommunCentres(outlines: KommunOutlines): KommunCentres {
  return Object.fromEntries(outlines.features.map((f) => [f.properties.kommunkod, centreOf(f.geometry)]));
}

/** Kilometres between the centres of two kommuner (0 for the same kommun). */
function kommunDistanceKm(centres: KommunCentres, from: string, to: string): number {
  if (from === to) return 0;
  const a = centres[from];
  const b = centres[to];
  if (!a || !b) return Number.POSITIVE_INFINITY;
  // At these distances an equirectangular approximation is within a few per cent.
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The addresses in kommun `kommunkod`, or else those in the nearest kommun, with the distance in km. */
export function nearestAddresses<A extends { kommun: string }>(
  centres: KommunCentres,
  addresses: readonly A[],
  kommunkod: string,
): { addresses: A[]; km: number } {
  let best: A[] = [];
  let km = Number.POSITIVE_INFINITY;
  for (const address of addresses) {
    const d = kommunDistanceKm(centres, kommunkod, address.kommun);
    if (d < km) [best, km] = [[address], d];
    else if (d === km) best.push(address);
  }
  return { addresses: best, km };
}
