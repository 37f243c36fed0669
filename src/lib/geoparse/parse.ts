/**
 * The pipeline: tokenize → recognise → filter → group by name → resolve → confidence → role.
 * Pure: text and gazetteer in, places and mentions out. Never throws on any string.
 *
 * Each stage is its own function, called once per text: the engine compiles the hot ones one by
 * one, and a rare branch met late in one stage recompiles that stage, not the whole pipeline.
 * Arrays that pass between stages are built by push, not map: an optimised map makes holey
 * arrays, and every loop that had only seen packed ones would be compiled again.
 */

import { candidate, type Candidate } from '../gazetteer/index';
import { placeSpans } from './candidates/spans';
import type { Span } from './candidates/recognize';
import { placeLikelihood } from './confidence';
import { qualifierAfter, type Qualifier } from './context/qualifiers';
import { groupSpans, markNeighbours, markStrangers, type Group } from './group';
import { memoFor, type MemoGazetteer } from './memo';
import { collectMentions } from './mentions';
import { resolveGroups, type Scored } from './resolve';
import { tokenize, type Token } from './tokenize';
import type { GeoparseOptions, GeoparseResult } from './types';
import { PLACENESS } from './weights';

/** Prior score of a place fixed by its form (a state abbreviation): a large country's. */
const FIXED_SCORE = 9;
/**
 * Candidates fetched per name (one shared object: the memo keys on it): enough for every
 * namesake of the commonest names (thirty US counties are called Washington County), so the
 * one the document's context points to is there to be chosen.
 */
const CANDIDATE_QUERY = { limit: 30 };

/**
 * A country's GeoNames-tier names are its codes ("ITA", "KEN", "ATF"): in running text three
 * letters are a word ("Ken"), an acronym ("the ATF") or a byline's name far more often than a
 * country's code. News's own short forms ("US", "UAE", "PRC") are curated aliases and stay.
 */
const countryCode = (c: Candidate) => c.place.kind === 'country' && c.match === 'alternate';

/** Importance of a large city (≈ a million people). */
const LARGE_TOWN = 6;
const isTown = (c: Candidate) => c.place.kind === 'city' || c.place.kind === 'town';
const largeTownByName = (c: Candidate) =>
	c.match === 'name' && isTown(c) && c.place.importance >= LARGE_TOWN;

function candidatesFor(gaz: MemoGazetteer, query: string): Candidate[] {
	const all = gaz.lookup(query, CANDIDATE_QUERY).filter((c) => !countryCode(c));
	let exact = all.filter((c) => c.match !== 'loose');
	// A country's own name is not also a town's other name ("Paraguay" for Asunción, "Benin" for
	// Benin City): such GeoNames alternates record an old or local usage, and near the country's
	// other places they would outvote the country, which has no point to be near.
	if (exact.some((c) => c.place.kind === 'country' && c.match !== 'alternate'))
		exact = exact.filter((c) => c.place.kind === 'country' || c.match !== 'alternate');
	// Loose spellings only when nothing matches exactly, and then only the best few.
	if (exact.length === 0) return all.slice(0, 3);
	// "Islamabad": a city of its own by that name, a large one, is what the name means; a larger
	// town's alternate by that name is an old or foreign name of it (Chittagong's, once).
	// Only an alternate that would outrank the city by its size: a smaller one is left to the
	// context ("D-Raleigh", a West Virginia delegate's county seat).
	let named = Infinity;
	for (const c of exact) if (largeTownByName(c)) named = Math.min(named, c.place.importance);
	if (named === Infinity) return exact;
	return exact.filter((c) => c.match !== 'alternate' || !isTown(c) || c.place.importance <= named);
}

/** The gazetteer's candidates for each span (none for demonyms), one lookup per name. */
function spanCandidates(spans: Span[], gaz: MemoGazetteer): Candidate[][] {
	const lookups = new Map<string, Candidate[]>();
	const cands: Candidate[][] = [];
	for (const s of spans) {
		if (s.form !== 'name') cands.push([]);
		else if (s.fixed) cands.push([candidate(s.fixed, FIXED_SCORE, 'alias', false)]);
		else {
			let c = lookups.get(s.query);
			if (!c) {
				c = candidatesFor(gaz, s.query);
				lookups.set(s.query, c);
			}
			cands.push(c);
		}
	}
	return cands;
}

/** The qualifier after each span ("Paris, Texas"), or null. */
function qualifiersOf(
	spans: Span[],
	cands: Candidate[][],
	tokens: Token[],
	gaz: MemoGazetteer
): (Qualifier | null)[] {
	const quals: (Qualifier | null)[] = [];
	for (let i = 0; i < spans.length; i++) quals.push(qualifierAfter(i, spans, cands, tokens, gaz));
	return quals;
}

/** Country code → weight of the demonyms that point to it ("Iraqi officials"). */
function demonymWeights(spans: Span[]): Map<string, number> {
	const demonyms = new Map<string, number>();
	for (const s of spans) {
		const cc = s.demonymOf?.countryCode;
		if (cc) demonyms.set(cc, Math.min(1, (demonyms.get(cc) ?? 0) + 0.5));
	}
	return demonyms;
}

/** A reading of a country or a first-level division by its own name. */
const majorByName = (c: Candidate) =>
	c.match === 'name' && (c.place.kind === 'country' || c.place.kind === 'admin1');

/** Whether `c`, a reading of group `g` by another of its names, is named in full by another group. */
function namedElsewhere(c: Candidate, g: Group, owner: Map<string, string>): boolean {
	const o = c.match === 'alternate' && isTown(c) ? owner.get(c.place.id) : undefined;
	return o !== undefined && o !== g.key;
}

/**
 * Drop from each name the readings of a place that another name of the document calls by its
 * own name ("Mexico" beside "Mexico City": not the city, whose other names include "Mexico").
 * A writer who names a place in full calls something else by the shorter name; left in, the
 * full name's votes (its country, division and point) carry the shorter one to the same place.
 * A name keeps its readings when all of them are so named.
 */
function dropPlacesNamedElsewhere(groups: Group[], gaz: MemoGazetteer): void {
	// The towns at stake first: few names are a country's or a division's, so the keys of the
	// other names' readings are computed only for those towns.
	const atStake = new Set<string>();
	for (const g of groups) {
		if (!g.candidates.some(majorByName)) continue;
		for (const c of g.candidates) if (c.match === 'alternate' && isTown(c)) atStake.add(c.place.id);
	}
	if (atStake.size === 0) return;
	const owner = new Map<string, string>();
	for (const g of groups) {
		for (const c of g.candidates) {
			if (c.match !== 'name' || !atStake.has(c.place.id) || owner.has(c.place.id)) continue;
			if (gaz.key(c.place.name) === g.key) owner.set(c.place.id, g.key);
		}
	}
	for (const g of groups) {
		// Only a country's or a division's own name ("Mexico", "New York"): elsewhere a short name
		// is local usage for the full one ("DeKalb" for DeKalb County, "Avondale" for Avondale
		// Estates).
		if (!g.candidates.some(majorByName)) continue;
		let drop = 0;
		for (const c of g.candidates) if (namedElsewhere(c, g, owner)) drop++;
		if (drop === 0 || drop === g.candidates.length) continue;
		// A new array: candidate lists are shared between the groups of one query.
		g.candidates = g.candidates.filter((c) => !namedElsewhere(c, g, owner));
	}
}

/**
 * Resolve every name, keep those likely to be places, resolve those again without the rest.
 * A first, shorter pass is enough to judge which names are places.
 */
function resolvePlaces(all: Group[], demonyms: Map<string, number>) {
	const first = resolveGroups(all, { demonyms }, 2);
	markNeighbours(all, first);
	markStrangers(all, first);
	const groups = all.filter((g, i) => {
		const top = first[i]?.[0];
		return top !== undefined && placeLikelihood(g.evidence, top) >= PLACENESS.threshold;
	});
	const resolved: Scored[][] = resolveGroups(groups, { demonyms });
	return { groups, resolved };
}

/** Geoparse a text: every place it names, with every mention. See `types.ts`. */
export function geoparse(options: GeoparseOptions): GeoparseResult {
	const gaz = memoFor(options.gazetteer);
	const text = typeof options.text === 'string' ? options.text : '';
	const tokens: Token[] = tokenize(text);
	const spans = placeSpans(text, tokens, gaz);
	const cands = spanCandidates(spans, gaz);
	const quals = qualifiersOf(spans, cands, tokens, gaz);
	const groups = groupSpans(text, spans, cands, quals, tokens);
	dropPlacesNamedElsewhere(groups, gaz);
	const resolution = resolvePlaces(groups, demonymWeights(spans));
	return collectMentions({
		text,
		tokens,
		spans,
		...resolution,
		maxAlternatives: Math.max(0, options.alternatives ?? 5)
	});
}
