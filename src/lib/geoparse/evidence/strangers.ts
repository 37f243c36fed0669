/** A small settlement abroad in a story about one country is likely no place it names. */

import { placeLikelihood } from '../confidence';
import type { Group, RuleInfo, Scored } from '../record';
import { EVIDENCE, PLACENESS } from '../weights';

export const strangersRule: RuleInfo = {
	id: 'evidence/stranger',
	description: 'read as a small settlement abroad in a story about one country'
};

/**
 * Mark names whose reading is a small settlement abroad in a document about one country: a
 * Gloucestershire story's "Severn" (a river, not in the gazetteer) read as a Maryland town. The
 * name is then likely no place the gazetteer knows, or not a place at all.
 */
export function markStrangers(groups: Group[], resolved: Scored[][]): void {
	// Countries of the names likely to be places ("Council" read as a town in Iowa is not one).
	const byCountry = new Map<string, number>();
	let named = 0;
	for (let i = 0; i < groups.length; i++) {
		const top = resolved[i]?.[0];
		const g = groups[i] as Group;
		g.evidence.stranger = false;
		const cc = top?.candidate.place.countryCode;
		if (!top || !cc || placeLikelihood(g.evidence, top) < PLACENESS.threshold) continue;
		byCountry.set(cc, (byCountry.get(cc) ?? 0) + 1);
		named++;
	}
	for (let i = 0; i < groups.length; i++) {
		const place = resolved[i]?.[0]?.candidate.place;
		if (!place || (place.kind !== 'city' && place.kind !== 'town')) continue;
		if (place.importance >= EVIDENCE.strangerImportance) continue;
		const others = named - 1;
		if (others < EVIDENCE.strangerMinOthers) continue;
		for (const [cc, n] of byCountry) {
			if (cc !== place.countryCode && n / others >= EVIDENCE.strangerShare)
				(groups[i] as Group).evidence.stranger = true;
		}
	}
}
