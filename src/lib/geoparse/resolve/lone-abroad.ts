/**
 * "Belém" in a story about Lisbon read as Belém, Brazil: the story's other places lie in one
 * country (three in four or more), and one town named once lies thousands of kilometres from
 * all of them, in a country the story never names. However clear its choice among its
 * namesakes, it is a local place the gazetteer lacks (a quarter, a parish) more often than an
 * unannounced trip abroad, and is kept off the map (unresolved) rather than drawn on another
 * continent. Not in a story that looks abroad (it names another country or a capital abroad:
 * "scientists in Oxford" beside "officials in Washington"), not a capital or a city of millions,
 * and not a town a qualifier, definition or dateline announces.
 */

import { haversineKm } from '../../gazetteer/near';
import type { Group, RuleInfo, Scored } from '../record';
import { EVIDENCE } from '../weights';
import { farProminent, prominentInstead } from './far-prominent';
import { anchorHome, possibleStrays, smallStray, strays } from './small-stray';
import {
	MIN_OTHERS,
	capitalInstead,
	farCapital,
	FAR_KM,
	isFarOutlier,
	isTown,
	namedCountries,
	namedFromAfar,
	storyPoints,
	farOutlier,
	type StoryPoint
} from './far-outlier';

export const loneAbroad: RuleInfo = {
	id: 'resolve/lone-abroad',
	description:
		'a town named once, far away in a country the story never names, while the other places lie in one'
};

/** Distance (km) from another place abroad within which a town is no lone one. */
const NEAR_OTHER_KM = 1000;

/** The story's points counted by country, once per text. */
interface CountryCount {
	count: Map<string, number>;
	total: number;
}

function countCountries(points: StoryPoint[]): CountryCount {
	const count = new Map<string, number>();
	for (const p of points) count.set(p.country, (count.get(p.country) ?? 0) + 1);
	return { count, total: points.length };
}

/**
 * The country holding `EVIDENCE.strangerShare` of the story's points other than `own` (group
 * `i`'s point, if it has one): a stray misread abroad among them does not hide it; or null.
 * The share is over half, so at most one country holds it.
 */
function homeCountry(counts: CountryCount, own: StoryPoint | undefined): string | null {
	const others = counts.total - (own === undefined ? 0 : 1);
	for (const [cc, all] of counts.count) {
		const n = own !== undefined && own.country === cc ? all - 1 : all;
		if (n > 0 && n / others >= EVIDENCE.strangerShare) return cc;
	}
	return null;
}

function lone(
	g: Group,
	top: Scored,
	i: number,
	points: StoryPoint[],
	named: Set<string>,
	counts: CountryCount,
	own: StoryPoint | undefined
): boolean {
	const place = top.candidate.place;
	if (g.count > 1 || g.evidence.qualified || g.evidence.defined || g.standalone) return false;
	if (namedFromAfar(place)) return false;
	if (named.has(place.countryCode)) return false;
	const home = homeCountry(counts, own);
	if (home === null || home === place.countryCode) return false;
	// A story that names another country, or a capital abroad, looks abroad ("officials in
	// Washington", "Iranian rockets"): its towns abroad are trips it makes.
	for (const cc of named) if (cc !== home) return false;
	// Far from the home country's places, and from any other place of the story ("cif
	// Rotterdam" beside London in a Brazilian sugar report is a trip the story makes).
	const [lng, lat] = place.point;
	for (const p of points) {
		if (p.at === i) continue;
		const km = haversineKm(lat, lng, p.lat, p.lng);
		if (p.country !== home && p.world) return false;
		if (km < (p.country === home ? FAR_KM : NEAR_OTHER_KM)) return false;
	}
	return true;
}

/**
 * Drop the groups read as a far outlier (`resolve/far-outlier`), a lone town abroad (above) or
 * a small stray (`resolve/small-stray`), each with its rule on the trace.
 */
export function dropFarTowns(
	groups: Group[],
	resolved: Scored[][],
	demonyms: Map<string, number>
): { groups: Group[]; resolved: Scored[][] } {
	const points = storyPoints(resolved);
	const named = namedCountries(resolved, demonyms);
	const counts = countCountries(points);
	const possible = possibleStrays(groups, resolved, named);
	const home = anchorHome(points, possible);
	// Each group's point, if it has one (points are in group order, one at most per group).
	const pointOf: (StoryPoint | undefined)[] = new Array<StoryPoint | undefined>(groups.length);
	for (const p of points) pointOf[p.at] = p;
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const top = resolved[i]?.[0];
		let scored = resolved[i] as Scored[];
		if (isTown(top) && points.length > MIN_OTHERS) {
			const far = isFarOutlier(g, top as Scored, i, points, named);
			const capital = far ? capitalInstead(scored) : null;
			const prominent = far && capital === null ? prominentInstead(scored) : null;
			if (capital !== null) {
				g.trace.push(farCapital.id);
				scored = capital;
			} else if (prominent !== null) {
				g.trace.push(farProminent.id);
				scored = prominent;
			} else if (far || lone(g, top as Scored, i, points, named, counts, pointOf[i])) {
				g.trace.push(far ? farOutlier.id : loneAbroad.id);
				continue;
			} else if (strays(i, (top as Scored).candidate.place, points, possible, home)) {
				g.trace.push(smallStray.id);
				continue;
			}
		}
		kept.push(g);
		keptResolved.push(scored);
	}
	return { groups: kept, resolved: keptResolved };
}
