/**
 * The gazetteer's readings of each name, one lookup per distinct name, with the lookup rules:
 * which readings of a name's lookup are kept before any context is weighed.
 */

import { candidate, isSettlement, type Candidate } from '../../gazetteer/index';
import { remember, type MemoGazetteer } from '../memo';
import type { NameRecord, RuleInfo } from '../record';
import { SCORES } from '../weights';

export const countryCodeDropped: RuleInfo = {
	id: 'candidates/country-code',
	description: 'a country\'s three-letter code is no reading of a word ("Ken", "the ATF")'
};
export const looseOnlyWhenNone: RuleInfo = {
	id: 'candidates/loose-spelling',
	description: 'loose spellings only when nothing matches exactly, and then the best three'
};
export const countryNotAlternate: RuleInfo = {
	id: 'candidates/country-name',
	description: 'a country\'s own name is not also a town\'s other name ("Paraguay" for Asunción)'
};
export const townByOwnName: RuleInfo = {
	id: 'candidates/town-by-own-name',
	description: "a large city by its own name beats a larger town's old or foreign alternate"
};
export const fixedByForm: RuleInfo = {
	id: 'candidates/fixed-by-form',
	description: 'a state abbreviation after a town ("Ky.") reads as that state alone'
};

/**
 * Candidates fetched per name (one shared object: the memo keys on it): enough for every
 * namesake of the commonest names (thirty US counties are called Washington County), so the
 * one the document's context points to is there to be chosen.
 */
export const CANDIDATE_QUERY = { limit: SCORES.candidates };
/**
 * Candidates fetched for a name a definition places ("Franklin is a town in Delaware County, New
 * York"): the namesake it means may be small and rank past the first thirty of a common name.
 */
export const DEFINED_QUERY = { limit: SCORES.definedCandidates };

/**
 * A country's GeoNames-tier names are its codes ("ITA", "KEN", "ATF"): in running text three
 * letters are a word ("Ken"), an acronym ("the ATF") or a byline's name far more often than a
 * country's code. News's own short forms ("US", "UAE", "PRC") are curated aliases and stay.
 */
const countryCode = (c: Candidate) => c.place.kind === 'country' && c.match === 'alternate';

const isTown = (c: Candidate) => isSettlement(c.place.kind);
const largeTownByName = (c: Candidate) =>
	c.match === 'name' && isTown(c) && c.place.importance >= SCORES.largeTown;

/** A name's readings, and the ids of the lookup rules that dropped some. */
export interface Lookup {
	candidates: Candidate[];
	fired: string[];
}

export function candidatesFor(
	gaz: MemoGazetteer,
	query: string,
	options: { limit: number } = CANDIDATE_QUERY
): Lookup {
	const fired: string[] = [];
	const found = gaz.lookup(query, options);
	const all = found.filter((c) => !countryCode(c));
	if (all.length < found.length) fired.push(countryCodeDropped.id);
	let exact = all.filter((c) => c.match !== 'loose');
	// A country's own name is not also a town's other name ("Paraguay" for Asunción, "Benin" for
	// Benin City): such GeoNames alternates record an old or local usage, and near the country's
	// other places they would outvote the country, which has no point to be near.
	// Only when the name asked is the country's ("Panama City" finds the country by its kind word,
	// and the capital by its other name).
	const key = gaz.key(query);
	const countryAsked = (c: Candidate) =>
		c.place.kind === 'country' && c.match !== 'alternate' && gaz.key(c.place.name) === key;
	if (exact.some(countryAsked)) {
		const n = exact.length;
		exact = exact.filter((c) => c.place.kind === 'country' || c.match !== 'alternate');
		if (exact.length < n) fired.push(countryNotAlternate.id);
	}
	// Loose spellings only when nothing matches exactly, and then only the best few.
	if (exact.length === 0) {
		if (all.length > 0) fired.push(looseOnlyWhenNone.id);
		return { candidates: all.slice(0, 3), fired };
	}
	// "Islamabad": a city of its own by that name, a large one, is what the name means; a larger
	// town's alternate by that name is an old or foreign name of it (Chittagong's, once).
	// Only an alternate that would outrank the city by its size: a smaller one is left to the
	// context ("D-Raleigh", a West Virginia delegate's county seat).
	let named = Infinity;
	for (const c of exact) if (largeTownByName(c)) named = Math.min(named, c.place.importance);
	if (named === Infinity) return { candidates: exact, fired };
	const kept = exact.filter(
		(c) => c.match !== 'alternate' || !isTown(c) || c.place.importance <= named
	);
	if (kept.length < exact.length) fired.push(townByOwnName.id);
	return { candidates: kept, fired };
}

/**
 * Each name's readings and lookup rules, per gazetteer: a pure function of the name, asked again
 * by every text that names it (shared: read them, never change them).
 */
const lookups = new WeakMap<MemoGazetteer, Map<string, Lookup>>();

function lookupOf(gaz: MemoGazetteer, query: string): Lookup {
	let byQuery = lookups.get(gaz);
	if (byQuery === undefined) {
		byQuery = new Map();
		lookups.set(gaz, byQuery);
	}
	return byQuery.get(query) ?? remember(byQuery, query, candidatesFor(gaz, query));
}

/** Each name's readings (none for demonyms), one lookup per name, onto its record. */
export function lookupStage(records: NameRecord[], gaz: MemoGazetteer): void {
	for (const r of records) {
		const s = r.span;
		if (s.form !== 'name') continue;
		if (s.fixed) {
			r.candidates = [candidate(s.fixed, SCORES.fixed, 'alias', false)];
			r.trace.push(fixedByForm.id);
			continue;
		}
		const found = lookupOf(gaz, s.query);
		r.candidates = found.candidates;
		for (const id of found.fired) r.trace.push(id);
	}
}
