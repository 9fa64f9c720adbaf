/** The GeoJSON outlines of the reference data (content/referens/*.geojson), as the map and the distances read them. */

export type Ring = [number, number][];

/** An outline as the reference data has them: one polygon, or several (islands). */
export type Outline = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

/** The polygons of an outline, each its outer ring and holes. */
export const polygonsOf = (outline: Outline): Ring[][] => (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates);
