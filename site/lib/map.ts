/**
 * Draws the FA-regions as SVG paths at build time from the GeoJSON outlines, so the start page
 * shows a map without any map library or script in the browser.
 */
import outlines from '../../content/referens/fa-regioner.geojson?raw';
import { polygonsOf, type Outline } from '../../core/reference/outlines.ts';

interface Feature {
  properties: { fa_code: string; fa_name: string };
  geometry: Outline;
}

export interface MapRegion {
  code: string;
  name: string;
  path: string;
}

// An equirectangular projection scaled by the cosine of Sweden's middle latitude keeps the
// country's proportions; at this size no finer projection shows a difference.
const scale = 30;
const xScale = Math.cos((62.5 * Math.PI) / 180);
const west = 10.5;
const north = 69.2;
const project = ([lon, lat]: [number, number]) => `${((lon - west) * xScale * scale).toFixed(1)},${((north - lat) * scale).toFixed(1)}`;

export const mapViewBox = `0 0 ${Math.ceil(14 * xScale * scale)} ${Math.ceil(14.2 * scale)}`;

export function faRegionPaths(): MapRegion[] {
  const { features } = JSON.parse(outlines) as { features: Feature[] };
  return features.map(({ properties, geometry }) => {
    const path = polygonsOf(geometry)
      .flatMap((rings) => rings.map((ring) => `M${ring.map(project).join('L')}Z`))
      .join('');
    return { code: properties.fa_code, name: properties.fa_name, path };
  });
}
