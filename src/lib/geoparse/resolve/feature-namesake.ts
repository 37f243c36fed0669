/**
 * "Manchar Lake" in a story about Sindh: when the gazetteer holds no place of the feature's kind,
 * the town of the same name is kept only in a country the story's other places are in (the
 * feature is near the place it is called after: "Cedar River" by Cedar, Iowa). Elsewhere it is a
 * namesake on another map, and the name is left out rather than drawn there.
 */

import { featureNamesakeOnly } from '../candidates/feature-kind';
import type { Group, RuleInfo, Scored } from '../record';

export const featureNamesake: RuleInfo = {
	id: 'resolve/feature-namesake',
	description:
		'a feature read as the place it is called after only in a country the story names ("Manchar Lake")'
};

const namesakeOnly = (g: Group) => g.records.some((r) => r.trace.includes(featureNamesakeOnly.id));

/** Drop the groups read as a namesake of their feature outside the story's countries. */
export function keepNearNamesakes(
	groups: Group[],
	resolved: Scored[][]
): { groups: Group[]; resolved: Scored[][] } {
	// Whether each group is read as a namesake only, asked once: it reads every mention's trace.
	const namesakes: boolean[] = [];
	const countries = new Set<string>();
	for (let i = 0; i < groups.length; i++) {
		const only = namesakeOnly(groups[i] as Group);
		namesakes.push(only);
		const cc = resolved[i]?.[0]?.candidate.place.countryCode;
		if (cc && !only) countries.add(cc);
	}
	const kept: Group[] = [];
	const keptResolved: Scored[][] = [];
	for (let i = 0; i < groups.length; i++) {
		const g = groups[i] as Group;
		const place = resolved[i]?.[0]?.candidate.place;
		if (place !== undefined && namesakes[i] === true && !countries.has(place.countryCode)) {
			g.trace.push(featureNamesake.id);
			continue;
		}
		kept.push(g);
		keptResolved.push(resolved[i] as Scored[]);
	}
	return { groups: kept, resolved: keptResolved };
}
