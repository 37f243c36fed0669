import type { GeoparseResult } from '../../../src/lib/geoparse/types';

/** The real gazetteer for geoparser tests (built first when missing, never skipped). */
export { realGazetteer } from '../gazetteer/artifact';

/** The place the first mention reading exactly `text` resolved to, if any. */
export const placeOf = (r: GeoparseResult, text: string) => {
	const m = r.mentions.find((x) => x.text === text);
	return r.places.find((p) => p.id === m?.placeId);
};
