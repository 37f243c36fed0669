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
	admin2?: string;
};

/** Kinds that are named without the divisions they lie in. */
const UNDIVIDED: ReadonlySet<PlaceKind> = new Set(['country', 'continent']);

/**
 * Where a place is, for telling namesakes apart: "Arkansas, United States" for Benton, "Iraq" for
 * Baghdad (its province has its name), "Saline County, Arkansas, United States" when the place
 * carries its county (see {@link admin2Namesakes}); null for a country or a place spanning
 * countries.
 */
export function placeWhere(place: PlaceNaming): string | null {
	if (UNDIVIDED.has(place.kind)) return null;
	const divided = place.kind === 'admin1' || place.kind === 'admin2';
	const parts = [
		divided ? null : (place.admin2 ?? null),
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

/**
 * Ids of the places among `places` whose second-level division tells them apart: two places of
 * one name in the same first-level division (two Bentons in Arkansas) in different counties.
 * Every other place is named without its county, which would only lengthen its name.
 */
export function admin2Namesakes(places: ReadonlyArray<PlaceNaming & { id: string }>): Set<string> {
	const byLabel = new Map<string, Array<PlaceNaming & { id: string }>>();
	for (const place of places) {
		const label = placeLabel({ ...place, admin2: undefined });
		const same = byLabel.get(label);
		if (same) same.push(place);
		else byLabel.set(label, [place]);
	}
	const ids = new Set<string>();
	for (const same of byLabel.values()) {
		for (const place of same) {
			if (!place.admin2) continue;
			if (same.some((other) => other.id !== place.id && other.admin2 !== place.admin2))
				ids.add(place.id);
		}
	}
	return ids;
}
