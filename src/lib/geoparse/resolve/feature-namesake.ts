/**
 * "Manchar Lake" in a story about Sindh: when the gazetteer holds no place of the feature's kind,
 * the town of the same name is kept only where the story is: in a country the story's other
 * places are in, and by one of them when the story names places of that country (the feature is
 * near the place it is called after: "Cedar River" by Cedar, Iowa; not Providence, Rhode Island
 * for "Fort Providence" in a story from the Northwest Territories that also names Minneapolis).
 * Elsewhere it is a namesake on another map, and the name is left out rather than drawn there;
 * so is a feature called after a place the story names itself ("Cagayan … the Cagayan River"
 * when the gazetteer lacks the river): one marker for both would say they are one place.
 */

import { haversineKm } from '../../gazetteer/near';
import { nameKey, type Place } from '../../gazetteer/index';
import { calledAfter, featureNamesakeOnly } from '../candidates/feature-kind';
import type { Group, RuleInfo, Scored } from '../record';
import { inBox } from './counties';

export const featureNamesake: RuleInfo = {
	id: 'resolve/feature-namesake',
	description:
		'a feature read as the place it is called after only where the story is ("Manchar Lake")'
};

/** Keys made as the gazetteer makes them (the memo's own `key`, unmemoised). */
const BY_KEY = { key: nameKey };

/** How far (km) from the story's nearest place of its country a namesake may lie. */
const NEAR_KM = 400;

const namesakeOnly = (g: Group) => g.records.some((r) => r.trace.includes(featureNamesakeOnly.id));

/** Kinds that say where in a country a story is (a country or a continent does not). */
const placed = (p: Place) => p.kind !== 'country' && p.kind !== 'continent';

/** Whether `p` lies by one of `others` (within NEAR_KM of its point, or inside its box). */
function byOne(p: Place, others: Place[]): boolean {
	const [lng, lat] = p.point;
	for (const o of others) {
		if (o.bbox !== null && inBox(o.bbox, lng, lat)) return true;
		if (haversineKm(lat, lng, o.point[1], o.point[0]) <= NEAR_KM) return true;
	}
	return false;
}

/** Drop the groups read as a namesake of their feature away from where the story is. */
export function keepNearNamesakes(
	groups: Group[],
	resolved: Scored[][]
): { groups: Group[]; resolved: Scored[][] } {
	const countries = new Set<string>();
	// The story's places in each country below the country itself, and every place it names.
	const within = new Map<string, Place[]>();
	const named = new Set<string>();
	const namesakes = groups.map(namesakeOnly);
	for (let i = 0; i < groups.length; i++) {
		const place = resolved[i]?.[0]?.candidate.place;
		if (!place || namesakes[i]) continue;
		named.add(place.id);
		const cc = place.countryCode;
		if (!cc) continue;
		countries.add(cc);
		if (!placed(place)) continue;
		const inCountry = within.get(cc);
		if (inCountry) inCountry.push(place);
		else within.set(cc, [place]);
	}
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const place = resolved[i]?.[0]?.candidate.place;
		if (place !== undefined && namesakes[i]) {
			const others = within.get(place.countryCode);
			// "Cagayan … the Cagayan River": a feature called after a place the story names is not
			// that place; drawn there, the two would share one marker.
			// Called after a place by that place's own name: not "Periyar River" after Erode, a
			// city one of whose other names is Periyar.
			const where =
				calledAfter(place, (g.records[0] as Group['records'][number]).span.key, BY_KEY) &&
				!named.has(place.id) &&
				countries.has(place.countryCode) &&
				(!others || byOne(place, others));
			if (!where) {
				g.trace.push(featureNamesake.id);
				continue;
			}
		}
		kept.push(g);
		keptResolved.push(resolved[i] as Scored[]);
	}
	return { groups: kept, resolved: keptResolved };
}
