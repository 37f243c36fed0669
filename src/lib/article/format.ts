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

/**
 * The place's name with where it is, for announcements and descriptions: "Camp Taji, Iraq";
 * a country or a place spanning countries is named alone.
 */
export function placeLabel(place: Pick<ResolvedPlace, 'name' | 'kind' | 'country'>): string {
	const country = place.kind === 'country' ? null : countryName(place.country);
	return country && country !== place.name ? `${place.name}, ${country}` : place.name;
}
