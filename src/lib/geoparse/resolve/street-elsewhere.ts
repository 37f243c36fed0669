/**
 * "Oxford Street in Sydney", "Fifth Avenue in Naples, Florida", "Freedom Square in Baku": a
 * street, a square or a city's park lies in one city. When the story names towns and none of its towns,
 * divisions or sites lies by the street or holds it, the story is in another city, whose own
 * street of that name the gazetteer lacks: the reading is kept off the map (unresolved) rather
 * than drawn in London or New York. A story that names no town keeps it ("Protesters filled
 * Tahrir Square"), and so does one naming the city ("Tahrir Square in Cairo"), a division that
 * holds the street ("Fifth Avenue in New York", the state) or a site beside it.
 */

import { haversineKm } from '../../gazetteer/near';
import { isSettlement, type Place } from '../../gazetteer/index';
import type { Group, RuleInfo, Scored } from '../record';
import { inBox } from './counties';

export const streetElsewhere: RuleInfo = {
	id: 'resolve/street-elsewhere',
	description:
		"a street or square far from every town, division and site the story names is another city's"
};

/** Feature codes of streets and squares (GeoNames' street and square). */
const URBAN = new Set(['ST', 'SQR']);

/** Degrees within which a park's box spans both ways when it is a city's park, not a national one. */
const CITY_PARK_DEGREES = 0.1;

/** A street, a square or a city's park ("Central Park", "Hyde Park"; not Kruger National Park). */
function isUrban(p: Place): boolean {
	if (URBAN.has(p.featureCode)) return true;
	const box = p.bbox;
	return (
		p.featureCode === 'PRK' &&
		box !== null &&
		box[2] - box[0] < CITY_PARK_DEGREES &&
		box[3] - box[1] < CITY_PARK_DEGREES
	);
}

/** Distance (km) within which a place of the story lies by a street: its city and suburbs. */
const BY_KM = 50;

/** Whether `p`, a place of the story, lies by the street at `[lng, lat]` or holds it. */
function besideOrHolding(p: Place, lng: number, lat: number): boolean {
	const [plng, plat] = p.point;
	if (haversineKm(lat, lng, plat, plng) < BY_KM) return true;
	return (p.kind === 'admin1' || p.kind === 'admin2') && p.bbox !== null && inBox(p.bbox, lng, lat);
}

/** Whether the street `street`, read for group `i`, lies in another city than the story's. */
function elsewhere(street: Place, i: number, places: (Place | undefined)[]): boolean {
	const [lng, lat] = street.point;
	let towns = 0;
	for (let k = 0; k < places.length; k++) {
		const p = places[k];
		// A street vouches for no other: "Oxford Street and Piccadilly Circus in Sydney".
		if (k === i || p === undefined || isUrban(p)) continue;
		const local = isSettlement(p.kind) || p.kind === 'admin1' || p.kind === 'admin2';
		if (!local && p.kind !== 'landmark') continue;
		if (besideOrHolding(p, lng, lat)) return false;
		if (isSettlement(p.kind)) towns++;
	}
	return towns > 0;
}

/** Drop the groups read as a street or square of another city (above), the rule on the trace. */
export function dropStreetsElsewhere(
	groups: Group[],
	resolved: Scored[][]
): { groups: Group[]; resolved: Scored[][] } {
	const places = resolved.map((s) => s[0]?.candidate.place);
	if (!places.some((p) => p !== undefined && isUrban(p))) {
		return { groups, resolved };
	}
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const street = places[i];
		if (street !== undefined && isUrban(street) && elsewhere(street, i, places)) {
			g.trace.push(streetElsewhere.id);
			continue;
		}
		kept.push(g);
		keptResolved.push(resolved[i] as Scored[]);
	}
	return { groups: kept, resolved: keptResolved };
}
