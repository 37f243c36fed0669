/** "Nitro" among other West Virginia places: local news names places of one area. */

import type { Group, RuleInfo, Scored } from '../record';

export const neighboursRule: RuleInfo = {
	id: 'evidence/neighbours',
	description: 'other names of the story are read in the same first-level division'
};

/**
 * Count, for each name, the other names whose choice lies in the same first-level division
 * ("Nitro" among other West Virginia places): local news names places of one area.
 */
export function markNeighbours(groups: Group[], resolved: Scored[][]): void {
	const byAdmin1 = new Map<string, number>();
	const keyOf = (s: Scored | undefined) => {
		const p = s?.candidate.place;
		return p && p.admin1Code && p.kind !== 'country' ? `${p.countryCode}.${p.admin1Code}` : '';
	};
	for (const r of resolved) {
		const k = keyOf(r[0]);
		if (k) byAdmin1.set(k, (byAdmin1.get(k) ?? 0) + 1);
	}
	for (let i = 0; i < groups.length; i++) {
		const k = keyOf(resolved[i]?.[0]);
		(groups[i] as Group).evidence.neighbours = k ? (byAdmin1.get(k) ?? 1) - 1 : 0;
	}
}
