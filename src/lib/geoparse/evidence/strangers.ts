/** A small settlement abroad in a story about one country is likely no place it names. */

import { placeLikelihood } from '../confidence';
import { isSettlement, type Candidate } from '../../gazetteer/index';
import type { Group, RuleInfo, Scored } from '../record';
import { EVIDENCE, PLACENESS } from '../weights';

export const strangerNamesakes: RuleInfo = {
	id: 'evidence/stranger-namesakes',
	description:
		'a prominent name first read as a small town abroad: its small namesakes abroad are dropped'
};

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
		if (!place || !isSettlement(place.kind)) continue;
		if (place.importance >= EVIDENCE.strangerImportance) continue;
		const g = groups[i] as Group;
		// A name one of whose readings is prominent ("Geneva": the Swiss city) is a place the
		// first pass read as a small namesake abroad, not a name the gazetteer lacks: those
		// namesakes go, and it is resolved again among the rest.
		if (g.evidence.prominence >= EVIDENCE.strangerImportance) {
			const home = dominant(byCountry, named - 1);
			if (home !== null && home !== place.countryCode) dropSmallNamesakesAbroad(g, home);
			continue;
		}
		const others = named - 1;
		if (others < EVIDENCE.strangerMinOthers) continue;
		for (const [cc, n] of byCountry) {
			if (cc !== place.countryCode && n / others >= EVIDENCE.strangerShare)
				(groups[i] as Group).evidence.stranger = true;
		}
	}
}

/** The country holding at least `strangerShare` of `others` names, or null. */
function dominant(byCountry: Map<string, number>, others: number): string | null {
	if (others < EVIDENCE.strangerMinOthers) return null;
	for (const [cc, n] of byCountry) if (n / others >= EVIDENCE.strangerShare) return cc;
	return null;
}

const smallSettlement = (c: Candidate) =>
	isSettlement(c.place.kind) && c.place.importance < EVIDENCE.strangerImportance;

/** Drop `g`'s small settlements outside the story's country `home` (see `markStrangers`). */
function dropSmallNamesakesAbroad(g: Group, home: string): void {
	const kept = g.candidates.filter((c) => !smallSettlement(c) || c.place.countryCode === home);
	if (kept.length === g.candidates.length || kept.length === 0) return;
	g.candidates = kept;
	g.trace.push(strangerNamesakes.id);
}
