/**
 * The kommuner's centres, computed once per build from their outlines: the supplier lists measure
 * their distances from them, and /data/leverantorsval.json publishes them for the functions.
 */
import outlines from '../../content/referens/kommuner.geojson?raw';
import { kommunCentres as centresOf, type KommunCentres } from '../../core/reference/distance.ts';

let centres: KommunCentres | undefined;

export const kommunCentres = (): KommunCentres => (centres ??= centresOf(JSON.parse(outlines)));
