/**
 * "Belém" in a story about Lisbon read as Belém, Brazil: a town thousands of kilometres from
 * every other place of the story, chosen at a low share over its namesakes and named once
 * without a qualifier or definition, is more likely a place the gazetteer lacks near the others
 * than a trip abroad the text does not announce. It is kept off the map (unresolved) rather
 * than drawn on another continent.
 */

import { haversineKm } from '../../gazetteer/near';
import type { Group, RuleInfo, Scored } from '../record';

export const farOutlier: RuleInfo = {
	id: 'resolve/far-outlier',
	description:
		'a town far from every other place of the story, chosen at low share without a qualifier'
};

/** Distance (km) beyond which a place is far from every other of the story. */
const FAR_KM = 3000;
/** Share below which the choice among namesakes is too weak to carry a far place alone. */
const WEAK_SHARE = 0.6;
/** Other places (not countries or wider) the story needs for the test to apply. */
const MIN_OTHERS = 3;

const isTown = (s: Scored | undefined) =>
	s !== undefined && (s.candidate.place.kind === 'city' || s.candidate.place.kind === 'town');

/** Drop the groups read as a far outlier (see above), with their trace. */
export function dropFarOutliers(
	groups: Group[],
	resolved: Scored[][]
): { groups: Group[]; resolved: Scored[][] } {
	const points: { at: number; lng: number; lat: number }[] = [];
	for (let i = 0; i < groups.length; i++) {
		const top = resolved[i]?.[0];
		const kind = top?.candidate.place.kind;
		if (!top || kind === 'country' || kind === 'continent' || kind === 'region' || kind === 'water')
			continue;
		const [lng, lat] = top.candidate.place.point;
		points.push({ at: i, lng, lat });
	}
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const top = resolved[i]?.[0];
		if (isTown(top) && points.length > MIN_OTHERS && outlier(g, top as Scored, i, points)) {
			g.trace.push(farOutlier.id);
			continue;
		}
		kept.push(g);
		keptResolved.push(resolved[i] as Scored[]);
	}
	return { groups: kept, resolved: keptResolved };
}

function outlier(
	g: Group,
	top: Scored,
	i: number,
	points: { at: number; lng: number; lat: number }[]
): boolean {
	if (top.share >= WEAK_SHARE || g.count > 1 || g.evidence.qualified || g.evidence.defined)
		return false;
	const [lng, lat] = top.candidate.place.point;
	for (const p of points) {
		if (p.at !== i && haversineKm(lat, lng, p.lat, p.lng) < FAR_KM) return false;
	}
	return true;
}
