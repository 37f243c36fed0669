/**
 * "El Alto" in a Bolivian story read as El Alto, Peru (9,000 people); "Copacabana" on Lake
 * Titicaca read as Copacabana, Colombia: a small town named once, in a country the story never
 * names, 1,000 km or more from every other place of it, while the story's own places lie in one
 * country. The gazetteer lacks the place meant (a city, a suburb, a village of the story's
 * country) and has only a namesake abroad; the town is kept off the map (unresolved) instead.
 * Unlike `resolve/lone-abroad` this holds in a story that looks abroad ("flights to Madrid and
 * Miami", "tankers from Arica, in Chile"): a trip abroad names a place of some size, or its
 * country. Such strays neither make the story's home country nor vouch for each other.
 */

import { haversineKm } from '../../gazetteer/near';
import type { Group, RuleInfo, Scored } from '../record';
import type { Place } from '../../gazetteer/index';
import { isTown, type StoryPoint } from './far-outlier';

export const smallStray: RuleInfo = {
	id: 'resolve/small-stray',
	description:
		'a small town named once, far from the story, in a country it never names, while its places lie in one'
};

/** Importance below which a town is small (about 100,000 people). */
const SMALL_TOWN = 5;
/** Distance (km) from every other place of the story beyond which a small town strays. */
const STRAY_KM = 1000;
/** Share of the anchors above which their country is the story's home. */
const HOME_SHARE = 0.5;
/** Places the story needs besides its strays (and its capitals and world cities) for a home. */
const MIN_ANCHORS = 3;

/**
 * Per group, whether its reading is a possible stray: a small town named once, announced by
 * nothing (qualifier, definition, a line of its own), in a country the story does not name.
 */
export function possibleStrays(
	groups: Group[],
	resolved: Scored[][],
	named: Set<string>
): boolean[] {
	const out: boolean[] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const top = resolved[i]?.[0];
		const place = top?.candidate.place;
		out.push(
			place !== undefined &&
				isTown(top) &&
				place.importance < SMALL_TOWN &&
				!named.has(place.countryCode) &&
				g.count === 1 &&
				!g.evidence.qualified &&
				!g.evidence.defined &&
				!g.standalone
		);
	}
	return out;
}

/**
 * The country holding most of the story's anchors (its points but strays, capitals and world
 * cities, which any story names from afar), or null.
 */
export function anchorHome(points: StoryPoint[], strays: boolean[]): string | null {
	const count = new Map<string, number>();
	let total = 0;
	for (const p of points) {
		if (strays[p.at] || p.world) continue;
		count.set(p.country, (count.get(p.country) ?? 0) + 1);
		total++;
	}
	if (total < MIN_ANCHORS) return null;
	for (const [cc, n] of count) if (n / total > HOME_SHARE) return cc;
	return null;
}

/** Whether group `i`'s reading strays (see above), given the story's home from `anchorHome`. */
export function strays(
	i: number,
	place: Place,
	points: StoryPoint[],
	possible: boolean[],
	home: string | null
): boolean {
	if (!possible[i] || home === null || place.countryCode === home) return false;
	const [lng, lat] = place.point;
	for (const p of points) {
		if (p.at === i || possible[p.at]) continue;
		if (haversineKm(lat, lng, p.lat, p.lng) < STRAY_KM) return false;
	}
	return true;
}
