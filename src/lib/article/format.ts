import type { PlaceKind } from '../gazetteer/types';
import type { ResolvedPlace } from '../geoparse/types';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of an ISO 3166-1 alpha-2 code ("IQ" → "Iraq"); the code itself if unknown. */
export function countryName(code: string | null): string | null {
	if (!code) return null;
	try {
		return regionNames.of(code.toUpperCase()) ?? code;
	} catch {
		return code;
	}
}

const KIND_LABELS: Record<PlaceKind, string> = {
	continent: 'continent',
	country: 'country',
	admin1: 'province or state',
	admin2: 'district or county',
	city: 'city',
	town: 'town',
	neighbourhood: 'neighbourhood',
	landmark: 'site',
	region: 'region',
	water: 'body of water'
};

/** Human words for a place kind. */
export function kindLabel(kind: PlaceKind): string {
	return KIND_LABELS[kind];
}

/** "33.5247° N, 44.2725° E" (four decimals ≈ 10 m). */
export function formatCoordinates([lng, lat]: readonly [number, number]): string {
	const ns = lat >= 0 ? 'N' : 'S';
	const ew = lng >= 0 ? 'E' : 'W';
	return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lng).toFixed(4)}° ${ew}`;
}

/** "92%". */
export function formatConfidence(confidence: number): string {
	return `${Math.round(confidence * 100)}%`;
}

/** What `placeWhere` and `placeLabel` read of a place or candidate. */
export type PlaceNaming = Pick<ResolvedPlace, 'name' | 'kind' | 'country'> & {
	admin1?: string | null;
};

/**
 * Where a place is, for telling namesakes apart: "Arkansas, United States" for Benton, "Iraq" for
 * Baghdad (its province has its name); null for a country or a place spanning countries.
 */
export function placeWhere(place: PlaceNaming): string | null {
	if (place.kind === 'country' || place.kind === 'continent') return null;
	const parts = [
		place.kind === 'admin1' ? null : (place.admin1 ?? null),
		countryName(place.country)
	].filter(
		(part, i, all): part is string => !!part && part !== place.name && all.indexOf(part) === i
	);
	return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The place's name with where it is, for the list, the popup, announcements and descriptions:
 * "Benton, Arkansas, United States", "Camp Taji, Iraq"; a country is named alone.
 */
export function placeLabel(place: PlaceNaming): string {
	const where = placeWhere(place);
	return where ? `${place.name}, ${where}` : place.name;
}
