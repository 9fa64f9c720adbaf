/**
 * Distances between kommuner, from the centres of their outlines, computed at build time: a
 * delivery address has a kommunkod but no coordinates, so "nearest" means the nearest kommun.
 */
import outlines from '../../content/referens/kommuner.geojson?raw';
import { polygonsOf, type Outline } from './map.ts';

interface Feature {
  properties: { kommunkod: string };
  geometry: Outline;
}

let centres: Map<string, [number, number]> | undefined;

/** The mean of the outer ring's points of the kommun's largest part: inside enough for a distance. */
function centreOf(outline: Outline): [number, number] {
  const ring = polygonsOf(outline).map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
  const sum = ring.reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

/** Kilometres between the centres of two kommuner (0 for the same kommun). */
export function kommunDistanceKm(from: string, to: string): number {
  if (from === to) return 0;
  centres ??= new Map((JSON.parse(outlines) as { features: Feature[] }).features.map((f) => [f.properties.kommunkod, centreOf(f.geometry)]));
  const a = centres.get(from);
  const b = centres.get(to);
  if (!a || !b) return Number.POSITIVE_INFINITY;
  // At these distances an equirectangular approximation is within a few per cent.
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The addresses in kommun `kommunkod`, or else those in the nearest kommun, with the distance in km. */
export function nearestAddresses<A extends { kommun: string }>(addresses: readonly A[], kommunkod: string): { addresses: A[]; km: number } {
  let best: A[] = [];
  let km = Number.POSITIVE_INFINITY;
  for (const address of addresses) {
    const d = kommunDistanceKm(kommunkod, address.kommun);
    if (d < km) [best, km] = [[address], d];
    else if (d === km) best.push(address);
  }
  return { addresses: best, km };
}
