/**
 * Find and filter the place list: by name, kind, country, role, confidence and checked state.
 * Pure; the list and the map show the places it keeps.
 */
import type { PlaceKind } from '../gazetteer/types';
import { foldName } from './fold';
import type { ReaderPlace } from './types';

export interface PlaceFilter {
	/** Part of the place's name or of any of its mentions' text, any case or accents. */
	query: string;
	kind: PlaceKind | 'any';
	/** ISO 3166-1 alpha-2, `none` for places of no one country, or `any`. */
	country: string;
	/** `literal`: has a mention where something happens; `associative`: only associative ones. */
	role: 'any' | 'literal' | 'associative';
	/** `low`: the parser was unsure; `high`: it was not (readers' places count as sure). */
	confidence: 'any' | 'low' | 'high';
	checked: 'any' | 'checked' | 'unchecked';
}

export function emptyFilter(): PlaceFilter {
	return { query: '', kind: 'any', country: 'any', role: 'any', confidence: 'any', checked: 'any' };
}

/** Whether the filter keeps every place. */
export function isEmptyFilter(filter: PlaceFilter): boolean {
	const empty = emptyFilter();
	return (Object.keys(empty) as (keyof PlaceFilter)[]).every((key) =>
		key === 'query' ? filter.query.trim() === '' : filter[key] === empty[key]
	);
}

/** The places `filter` keeps, in their order. */
export function filterPlaces(
	places: readonly ReaderPlace[],
	filter: PlaceFilter,
	mentionText: (index: number) => string = () => ''
): ReaderPlace[] {
	const query = foldName(filter.query.trim());
	return places.filter((entry) => {
		const { place } = entry;
		if (filter.kind !== 'any' && place.kind !== filter.kind) return false;
		if (filter.country !== 'any' && (place.country ?? 'none') !== filter.country) return false;
		if (filter.role === 'literal' && !entry.literal) return false;
		if (filter.role === 'associative' && entry.literal) return false;
		if (filter.confidence === 'low' && !entry.low) return false;
		if (filter.confidence === 'high' && entry.low) return false;
		if (filter.checked === 'checked' && !entry.checked) return false;
		if (filter.checked === 'unchecked' && entry.checked) return false;
		if (!query) return true;
		const names = [place.name, ...entry.mentionIndexes.map(mentionText)];
		return names.some((name) => foldName(name).includes(query));
	});
}

/** The kinds and countries present, for the filter's choices (countries by code, sorted). */
export function filterChoices(places: readonly ReaderPlace[]): {
	kinds: PlaceKind[];
	countries: string[];
} {
	const kinds = new Set<PlaceKind>();
	const countries = new Set<string>();
	for (const { place } of places) {
		kinds.add(place.kind);
		countries.add(place.country ?? 'none');
	}
	return { kinds: [...kinds].sort(), countries: [...countries].sort() };
}
