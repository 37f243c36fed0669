/**
 * "Belém" in a story about Lisbon read as Belém, Brazil: every other place of the story lies in
 * one country, and one town named once lies thousands of kilometres away in a country the story
 * never names. However clear its choice among its namesakes, it is a local place the gazetteer
 * lacks (a quarter, a parish) more often than an unannounced trip abroad, and is kept off the
 * map (unresolved) rather than drawn on another continent. A capital or a city of millions is
 * named from anywhere ("talks in Washington"), and a qualifier or definition announces the trip.
 */

import type { Group, RuleInfo, Scored } from '../record';
import {
	MIN_OTHERS,
	capitalInstead,
	farCapital,
	farFromAll,
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
		'a town named once, far away in a country the story never names, while every other place lies in one country'
};

/** The one country every other point of the story lies in, or null. */
function oneCountry(points: StoryPoint[], i: number): string | null {
	let country: string | null = null;
	for (const p of points) {
		if (p.at === i) continue;
		if (country === null) country = p.country;
		else if (p.country !== country) return null;
	}
	return country;
}

function lone(g: Group, top: Scored, i: number, points: StoryPoint[], named: Set<string>): boolean {
	const place = top.candidate.place;
	if (g.count > 1 || g.evidence.qualified || g.evidence.defined || namedFromAfar(place))
		return false;
	if (named.has(place.countryCode)) return false;
	const home = oneCountry(points, i);
	return home !== null && home !== place.countryCode && farFromAll(place, i, points);
}

/**
 * Drop the groups read as a far outlier (`resolve/far-outlier`) or a lone town abroad (above),
 * each with its rule on the trace.
 */
export function dropFarTowns(
	groups: Group[],
	resolved: Scored[][],
	demonyms: Map<string, number>
): { groups: Group[]; resolved: Scored[][] } {
	const points = storyPoints(resolved);
	const named = namedCountries(resolved, demonyms);
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const top = resolved[i]?.[0];
		let scored = resolved[i] as Scored[];
		if (isTown(top) && points.length > MIN_OTHERS) {
			const far = isFarOutlier(g, top as Scored, i, points, named);
			const capital = far ? capitalInstead(scored) : null;
			if (capital !== null) {
				g.trace.push(farCapital.id);
				scored = capital;
			} else if (far || lone(g, top as Scored, i, points, named)) {
				g.trace.push(far ? farOutlier.id : loneAbroad.id);
				continue;
			}
		}
		kept.push(g);
		keptResolved.push(scored);
	}
	return { groups: kept, resolved: keptResolved };
}
