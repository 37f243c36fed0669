/**
 * "NEW YORK —", "LISBON —", "KAMPALA (Reuters) -": a dateline names the city the story was
 * filed from, never the state, the division or the country of that name. When a name opens the
 * story as a dateline and some of its readings are cities or towns, only those are kept, for
 * every mention of the name (one sense per name), when the best of them is about as prominent
 * as the best other reading (within `RIVAL`): New York City and New York State, Lisbon and its
 * municipality. "MEXICO —" or "GEORGIA —" name the country or the state (a wire dateline
 * without its city), not Mexico, Missouri; a name with no settlement reading ("CLARKE COUNTY —")
 * is left alone.
 */

import { isSettlement, type Candidate } from '../../gazetteer/index';
import { dateline } from '../evidence/dateline';
import type { NameRecord, RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const datelineCity: RuleInfo = {
	id: 'candidates/dateline-city',
	description: 'a dateline ("NEW YORK —") names a city: its readings as a state or division go'
};

/** Importance (≈ log10 of people) by which the best settlement may trail the best other reading. */
const RIVAL = 1;

const settled = (c: Candidate) => isSettlement(c.place.kind);

/** Whether the readings mix settlements with others, the best settlement rivalling the rest. */
function citiesRival(candidates: readonly Candidate[]): boolean {
	let town = -Infinity;
	let other = -Infinity;
	for (const c of candidates) {
		if (settled(c)) town = Math.max(town, c.place.importance);
		else other = Math.max(other, c.place.importance);
	}
	return town > -Infinity && other > -Infinity && town >= other - RIVAL;
}

/** Keep only the settlement readings of names a dateline opens (see above). */
export function datelineCityStage(records: NameRecord[], tokens: Token[]): void {
	let keys: Set<string> | null = null;
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || !dateline(s, tokens)) continue;
		if (!citiesRival(r.candidates)) continue;
		(keys ??= new Set()).add(s.key);
	}
	if (keys === null) return;
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name' || s.fixed || !keys.has(s.key)) continue;
		const kept = r.candidates.filter(settled);
		if (kept.length === 0 || kept.length === r.candidates.length) continue;
		r.candidates = kept;
		r.trace.push(datelineCity.id);
	}
}
