/**
 * The correction search ("Wrong place?"): a reader types what the place is called, in any form
 * the gazetteer knows (its name, an alias, another language's name, a name held back from free
 * text), whole or still being typed, optionally narrowed by the area it is in: "Springfield,
 * Illinois", "Orange County, California", "Paris, Texas, United States". Built on the
 * gazetteer's public lookups, so it is the same code over any artifact.
 */

import { candidate } from './candidate';
import { haversineKm } from './near';
import type { Candidate, Gazetteer, LngLat, Place, PlaceKind, SearchOptions } from './types';

/** Candidates drawn per name before ranking (a common name has hundreds of places). */
const POOL = 200;
/** Areas a qualifier may name, and how many readings of it are tried. */
const AREA_KINDS: readonly PlaceKind[] = ['continent', 'country', 'admin1', 'admin2', 'region'];
const QUALIFIER_READINGS = 6;
/** A place inside the area the query names, over the same name elsewhere. */
const QUALIFIED_BONUS = 2;
/** A whole name over a name being typed ("Paris" the city over "Parisot"). */
const WHOLE_NAME_BONUS = 0.5;
/**
 * Distance to the story, in score per tenfold distance beyond ~100 km: a town of 5,000 people
 * nearby outranks a city of a million on another continent.
 */
const DISTANCE_WEIGHT = 1.5;
const DISTANCE_SCALE_KM = 100;
/**
 * Kind, beyond what importance says: a neighbourhood (GeoNames PPLX, a town in the gazetteer's
 * kinds) is a finer answer than the town it shares a name with, rarely the one meant.
 */
const FEATURE_WEIGHT: Readonly<Record<string, number>> = { PPLX: -1 };

interface Reading {
	name: string;
	qualifiers: string[];
}

/** The ways to read a query: all of it as one name ("Washington, D.C."), or a name and areas. */
function readings(query: string): Reading[] {
	const parts = query
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	if (parts.length === 0) return [];
	const out: Reading[] = [{ name: parts.join(' '), qualifiers: [] }];
	if (parts.length > 1) out.push({ name: parts[0] as string, qualifiers: parts.slice(1) });
	return out;
}

/** Places bearing the name, whole or begun, by any of their names, best first by id. */
function named(gaz: Gazetteer, name: string, kinds?: readonly PlaceKind[]): Map<string, Candidate> {
	const best = new Map<string, Candidate>();
	const keep = (c: Candidate, bonus: number) => {
		const score = c.score + bonus;
		const prev = best.get(c.place.id);
		if (!prev || prev.score < score)
			best.set(c.place.id, candidate(c.place, score, c.match, c.kindHintMatched));
	};
	for (const c of gaz.lookup(name, { limit: POOL, kinds, searchNames: true }))
		keep(c, WHOLE_NAME_BONUS);
	for (const c of gaz.prefix(name, { limit: POOL, kinds, searchNames: true })) keep(c, 0);
	return best;
}

function inBBox(point: LngLat, [w, s, e, n]: readonly number[]): boolean {
	const [lng, lat] = point;
	if (lat < (s as number) || lat > (n as number)) return false;
	return (w as number) <= (e as number)
		? lng >= (w as number) && lng <= (e as number)
		: lng >= (w as number) || lng <= (e as number);
}

/** Whether `place` lies in `area` (by codes for countries and first-level divisions). */
function within(place: Place, area: Place): boolean {
	if (place.id === area.id) return false;
	if (area.kind === 'country') return place.countryCode === area.countryCode;
	if (area.kind === 'admin1')
		return place.countryCode === area.countryCode && place.admin1Code === area.admin1Code;
	return area.bbox !== null && inBBox(place.point, area.bbox);
}

/** The areas a qualifier may mean ("Illinois", "IL", "Ill", "Texas", "UK"). */
function areasOf(gaz: Gazetteer, qualifier: string): Place[] {
	const found = named(gaz, qualifier, AREA_KINDS);
	return [...found.values()]
		.sort((a, b) => b.score - a.score)
		.slice(0, QUALIFIER_READINGS)
		.map((c) => c.place);
}

/** Kilometres from the story's point to a place (0 inside an area's box). */
function distanceKm(place: Place, near: LngLat): number {
	if (place.bbox && inBBox(near, place.bbox)) return 0;
	return haversineKm(near[1], near[0], place.point[1], place.point[0]);
}

export function searchPlaces(
	gaz: Gazetteer,
	query: string,
	options: SearchOptions = {}
): Candidate[] {
	const all = new Map<string, Candidate>();
	for (const { name, qualifiers } of readings(query)) {
		const areas = qualifiers.map((q) => areasOf(gaz, q));
		if (areas.some((a) => a.length === 0)) continue;
		for (const c of named(gaz, name, options.kinds).values()) {
			if (!areas.every((readings) => readings.some((area) => within(c.place, area)))) continue;
			let score = c.score + (areas.length > 0 ? QUALIFIED_BONUS : 0);
			score += FEATURE_WEIGHT[c.place.featureCode] ?? 0;
			if (options.near) {
				const km = distanceKm(c.place, options.near);
				score -= DISTANCE_WEIGHT * Math.log10(1 + km / DISTANCE_SCALE_KM);
			}
			const prev = all.get(c.place.id);
			if (!prev || prev.score < score)
				all.set(c.place.id, candidate(c.place, score, c.match, c.kindHintMatched));
		}
	}
	return [...all.values()]
		.sort((a, b) => b.score - a.score || (a.place.id < b.place.id ? -1 : 1))
		.slice(0, options.limit ?? 10);
}
