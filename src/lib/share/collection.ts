/**
 * A geoparse result rebuilt from its GeoJSON form, for pages that receive the API's
 * FeatureCollection (the private `/view` page) but render with components made for
 * `GeoparseResult`. Mentions keep the alternatives the API sends (none when absent).
 */
import type { GeoparseResult, Mention, PlaceCollection, ResolvedPlace } from '../geoparse/types';

export function collectionToResult(collection: PlaceCollection): GeoparseResult {
	const mentions: Mention[] = [];
	const places: ResolvedPlace[] = collection.features.map((feature) => {
		const { id, name, kind, country, admin1, admin2, confidence, bbox, why } = feature.properties;
		const [lng = NaN, lat = NaN] = feature.geometry.coordinates;
		const placeMentions = feature.properties.mentions.map((m): Mention => ({
			...m,
			placeId: id,
			alternatives: m.alternatives ?? []
		}));
		mentions.push(...placeMentions);
		return {
			id,
			name,
			kind,
			country,
			admin1,
			...(admin2 ? { admin2 } : {}),
			point: [lng, lat],
			bbox,
			confidence,
			mentions: placeMentions,
			...(why ? { why } : {})
		};
	});
	mentions.sort((a, b) => a.start - b.start);
	return { places, mentions };
}
