/**
 * A geoparse result rebuilt from its GeoJSON form, for pages that receive the API's
 * FeatureCollection (the private `/view` page) but render with components made for
 * `GeoparseResult`. Mentions keep the alternatives the API sends (none when absent), and the
 * names off the map its foreign member `unresolved` lists (malformed entries are left out).
 */
import type {
	GeoparseResult,
	Mention,
	PlaceCollection,
	ResolvedPlace,
	UnresolvedMention
} from '../geoparse/types';
import { readingOrder } from '../story/order';

/** The API's answer: the places, and the names it could not place. */
type CollectionWithUnresolved = PlaceCollection & { unresolved?: unknown };

function isUnresolved(value: unknown): value is UnresolvedMention {
	const u = value as UnresolvedMention | null;
	return (
		typeof u === 'object' &&
		u !== null &&
		Number.isInteger(u.start) &&
		Number.isInteger(u.end) &&
		u.start < u.end &&
		typeof u.text === 'string' &&
		typeof u.rule === 'string'
	);
}

export function collectionToResult(collection: CollectionWithUnresolved): GeoparseResult {
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
	mentions.sort(readingOrder);
	const unresolved = Array.isArray(collection.unresolved)
		? collection.unresolved.filter(isUnresolved)
		: [];
	return { places, mentions, ...(unresolved.length > 0 ? { unresolved } : {}) };
}
