/**
 * A town thousands of kilometres from every other place of the story, chosen at a low share
 * over its namesakes and named once without a qualifier or definition, is more likely a place
 * the gazetteer lacks near the others than a trip abroad the text does not announce. It is kept
 * off the map (unresolved) rather than drawn on another continent. Not a capital or a city of
 * millions ("officials in Washington", "Moscow said" in a Kenyan story: the place acts, it need
 * not be near), nor a town in a country the story names ("Lima" in a story naming Peru). When
 * such a far, weak reading has a capital or world city among its namesakes ("Moscow" read as
 * Moscow, Idaho in a Washington story), nearness chose nothing: the capital is read instead.
 */

import { haversineKm } from '../../gazetteer/near';
import { isSettlement, type Place } from '../../gazetteer/index';
import type { Group, RuleInfo, Scored } from '../record';

export const farOutlier: RuleInfo = {
	id: 'resolve/far-outlier',
	description:
		'a town far from every other place of the story, chosen at low share without a qualifier'
};

export const farCapital: RuleInfo = {
	id: 'resolve/far-capital',
	description:
		'a name weakly read as a town far from the story is the capital or world city of that name'
};

/** Distance (km) beyond which a place is far from every other of the story. */
export const FAR_KM = 3000;
/** Share below which the choice among namesakes is too weak to carry a far place alone. */
const WEAK_SHARE = 0.6;
/** Other places (not countries or wider) the story needs for the test to apply. */
export const MIN_OTHERS = 3;
/**
 * Importance from which a city is named from afar as readily as a capital (≈ 10 million
 * people: Moscow, Lima, São Paulo): lower, and a story's one wrong namesake abroad stays drawn.
 */
const WORLD_CITY = 7;

/** A point of the story: the group it stands for and where its reading is. */
export interface StoryPoint {
	at: number;
	lng: number;
	lat: number;
	country: string;
	/** A capital or world city (`namedFromAfar`). */
	world: boolean;
}

export const isTown = (s: Scored | undefined) =>
	s !== undefined && isSettlement(s.candidate.place.kind);

/** A capital or a city of millions: named as an actor from anywhere. */
export const namedFromAfar = (p: Place) => p.featureCode === 'PPLC' || p.importance >= WORLD_CITY;

/** The points of the story's places narrower than a country or a region, by group. */
export function storyPoints(resolved: Scored[][]): StoryPoint[] {
	const points: StoryPoint[] = [];
	for (let i = 0; i < resolved.length; i++) {
		const top = resolved[i]?.[0];
		const kind = top?.candidate.place.kind;
		if (!top || kind === 'country' || kind === 'continent' || kind === 'region' || kind === 'water')
			continue;
		const [lng, lat] = top.candidate.place.point;
		const place = top.candidate.place;
		points.push({ at: i, lng, lat, country: place.countryCode, world: namedFromAfar(place) });
	}
	return points;
}

/** The countries the story names: by a name read as the country, or by a demonym. */
export function namedCountries(resolved: Scored[][], demonyms: Map<string, number>): Set<string> {
	const named = new Set<string>(demonyms.keys());
	for (const scored of resolved) {
		const place = scored[0]?.candidate.place;
		if (place?.kind === 'country' && place.countryCode) named.add(place.countryCode);
	}
	return named;
}

/** Whether point `i`'s place lies `FAR_KM` or more from every other point of the story. */
function farFromAll(place: Place, i: number, points: StoryPoint[]): boolean {
	const [lng, lat] = place.point;
	for (const p of points) {
		if (p.at !== i && haversineKm(lat, lng, p.lat, p.lng) < FAR_KM) return false;
	}
	return true;
}

/**
 * Whether point `i`'s place lies `FAR_KM` or more from every other point of the story that is
 * no capital or world city, and at least `MIN_OTHERS` such points are left: "officials in
 * Washington" in a Kenyan story names a government, and brings no small town of Illinois near.
 */
function farFromLocal(place: Place, i: number, points: StoryPoint[]): boolean {
	const [lng, lat] = place.point;
	let local = 0;
	for (const p of points) {
		if (p.at === i || p.world) continue;
		if (haversineKm(lat, lng, p.lat, p.lng) < FAR_KM) return false;
		local++;
	}
	return local >= MIN_OTHERS;
}

/** Whether group `g`, read as `top`, is a far outlier (see above). */
export function isFarOutlier(
	g: Group,
	top: Scored,
	i: number,
	points: StoryPoint[],
	named: Set<string>
): boolean {
	const place = top.candidate.place;
	if (top.share >= WEAK_SHARE || g.count > 1 || g.evidence.qualified || g.evidence.defined)
		return false;
	// A world city read by another of its names ("Tanna" for Thane) is no actor named from afar.
	const byItsName = top.candidate.match !== 'alternate';
	if ((namedFromAfar(place) && byItsName) || named.has(place.countryCode)) return false;
	return farFromAll(place, i, points) || farFromLocal(place, i, points);
}

/**
 * The capital or world city among a far outlier's readings (see above), as its new order: that
 * reading first; null when it has none.
 */
export function capitalInstead(scored: Scored[]): Scored[] | null {
	const k = scored.findIndex((s) => namedFromAfar(s.candidate.place));
	if (k <= 0) return null;
	return [scored[k] as Scored, ...scored.slice(0, k), ...scored.slice(k + 1)];
}
