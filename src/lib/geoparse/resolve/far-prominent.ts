/**
 * "Geneva" in a story about Lake Victoria, weakly read as Geneva, Illinois, because "officials
 * in Washington" cast a vote for the United States: a far outlier (`resolve/far-outlier`) whose
 * namesakes include one far better known is read as that one. Nearness chose nothing (both lie
 * thousands of kilometres from the story), so the prior decides, as it does for a name alone:
 * a reading ten times the people (one point of importance, `PROMINENT_MARGIN`) above the weak
 * choice. Without one, the outlier stays off the map.
 */

import type { RuleInfo, Scored } from '../record';

export const farProminent: RuleInfo = {
	id: 'resolve/far-prominent',
	description:
		'a name weakly read as a small town far from the story is its far better-known namesake'
};

/** Importance above the weak choice's (≈ ten times its people) that a namesake needs. */
const PROMINENT_MARGIN = 1;

/**
 * The most important of a far outlier's readings, first, when it stands `PROMINENT_MARGIN` above
 * the chosen one; null when none does.
 */
export function prominentInstead(scored: Scored[]): Scored[] | null {
	const top = scored[0];
	if (top === undefined) return null;
	let k = -1;
	let best = top.candidate.place.importance + PROMINENT_MARGIN;
	for (let j = 1; j < scored.length; j++) {
		const importance = (scored[j] as Scored).candidate.place.importance;
		if (importance >= best) {
			best = importance;
			k = j;
		}
	}
	if (k < 0) return null;
	return [scored[k] as Scored, ...scored.slice(0, k), ...scored.slice(k + 1)];
}
