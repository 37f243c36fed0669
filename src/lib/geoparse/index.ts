/**
 * Geoparser: finds every place a text names and resolves it on the offline gazetteer.
 *
 * @example
 * const result = geoparse({ text, gazetteer });   // places + mentions with [start, end) offsets
 * const geojson = toFeatureCollection(result);     // one Point Feature per place
 */

export type * from './types';
export { geoparse, geoparseRun, type GeoparseRun } from './parse';
export { explain } from './explain';
export {
	toFeatureCollection,
	toToponyms,
	type FeatureCollectionOptions,
	type Toponym
} from './output';
export { tokenize, type Token } from './tokenize';
