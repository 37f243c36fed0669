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
import { definitionOf, withDefinedSubjects } from './context/definition';
import { qualifierAfter, satisfies, type Qualifier } from './context/qualifiers';
import { groupSpans, markNeighbours, markStrangers, type Group } from './group';
import { memoFor, type MemoGazetteer } from './memo';
import { collectMentions } from './mentions';
import { resolveGroups, type DocumentContext, type Scored } from './resolve';
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

/**
 * Candidates fetched for a name a definition places ("Franklin is a town in Delaware County, New
 * York"): the namesake it means may be small and rank past the first thirty of a common name.
 */
const DEFINED_QUERY = { limit: 200 };

function candidatesFor(
	gaz: MemoGazetteer,
	query: string,
	options: { limit: number } = CANDIDATE_QUERY
): Candidate[] {
	const all = gaz.lookup(query, options).filter((c) => !countryCode(c));
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

/**
 * Prior score of a division standing in for a defined place it holds (`definitionOf`): below any
 * namesake's inside it, so it is chosen only when the gazetteer knows none there.
 */
const STAND_IN_SCORE = 0;

/**
 * The qualifier after each span ("Paris, Texas"), or the divisions a definition places it in
 * ("Lima is a city in Allen County, Ohio"), or null. A defined name's candidates (`cands[i]`,
 * replaced) gain the divisions themselves, as stand-ins for a namesake the gazetteer lacks.
 */
function qualifiersOf(
	text: string,
	spans: Span[],
	cands: Candidate[][],
	tokens: Token[],
	gaz: MemoGazetteer,
	standIns: Set<Candidate>
): (Qualifier | null)[] {
	const quals: (Qualifier | null)[] = [];
	for (let i = 0; i < spans.length; i++) {
		let q = qualifierAfter(i, spans, cands, tokens, gaz);
		const counties = q === null ? countyAfter(i, spans, cands, tokens) : NO_CANDIDATES;
		if (counties.length > 0) {
			// "Bolton, Tolland County": in one of the counties so named, or the county stands in.
			q = { containers: counties.map(containerOf), span: -1 };
			cands[i] = withStandIns(inCounty(cands[i] ?? [], counties), counties, q, 'admin2', standIns);
		} else if (q !== null) {
			cands[i] = withStandIns(cands[i] ?? [], outerOf(q, cands, gaz), q, 'admin1', standIns);
		}
		// Most texts define nothing: the test reads two tokens after the name.
		const d = q === null ? definitionOf(i, spans, cands, tokens, text) : null;
		if (d !== null) {
			q = d.qualifier;
			const own = cands[i] ?? [];
			let extended = own.slice();
			const span = spans[i] as Span;
			if (own.length >= CANDIDATE_QUERY.limit && span.fixed === null) {
				for (const c of candidatesFor(gaz, span.query, DEFINED_QUERY).slice(own.length)) {
					if (satisfies(c, q)) extended.push(c);
				}
			}
			extended = inCounty(extended, d.counties);
			for (const c of d.within) {
				if (!own.some((o) => o.place.index === c.place.index)) extended.push(standIn(c, standIns));
			}
			cands[i] = extended;
		}
		quals.push(q);
	}
	return quals;
}

/** Words that end a county's name as news writes it after a town ("Bolton, Tolland County"). */
const COUNTY_WORDS = new Set(['county', 'parish']);

const NO_CANDIDATES: Candidate[] = [];

const containerOf = (c: Candidate) => ({
	country: c.place.countryCode,
	admin1: c.place.admin1Code
});

/**
 * "Bolton, Tolland County": the readings of a county named as one right after a town, which
 * puts the town in it. Only a name written with its county word: a bare name that also names a
 * county ("Paris, France"; "New York") is read by `qualifierAfter`.
 */
function countyAfter(i: number, spans: Span[], cands: Candidate[][], tokens: Token[]): Candidate[] {
	const span = spans[i] as Span;
	const next = spans[i + 1];
	if (next === undefined || next.from !== span.to || next.form !== 'name') return NO_CANDIDATES;
	if ((tokens[next.from] as Token).gap !== 'comma') return NO_CANDIDATES;
	if (!COUNTY_WORDS.has((tokens[next.to - 1] as Token).lower)) return NO_CANDIDATES;
	// A list of counties ("Winneshiek County, Allamakee County") is no town and its county.
	if (COUNTY_WORDS.has((tokens[span.to - 1] as Token).lower)) return NO_CANDIDATES;
	const counties: Candidate[] = [];
	for (const c of cands[i + 1] ?? []) {
		const p = c.place;
		if (p.kind === 'admin2' && p.admin1Code !== '' && c.match !== 'loose') counties.push(c);
	}
	return counties;
}

/** The readings of a qualifier: its span's, or the state an abbreviation names ("Conn."). */
function outerOf(q: Qualifier, cands: Candidate[][], gaz: MemoGazetteer): Candidate[] {
	if (q.span >= 0) return cands[q.span] ?? [];
	const k = q.containers[0];
	const place = k && k.admin1 !== null ? gaz.byId(`admin1:${k.country}.${k.admin1}`) : null;
	return place === null ? [] : [candidate(place, FIXED_SCORE, 'alias', false)];
}

/**
 * `own` with the first-level divisions of the qualifier standing in for a namesake inside them
 * that the gazetteer lacks: "Bolton, Connecticut", "Bolton, Conn." (no Bolton of Connecticut
 * indexed) is somewhere in Connecticut, not the Bolton of Massachusetts.
 */
/** A division's reading as a stand-in, recorded in `standIns` (see `DocumentContext`). */
function standIn(c: Candidate, standIns: Set<Candidate>): Candidate {
	const s = candidate(c.place, STAND_IN_SCORE, c.match, false);
	standIns.add(s);
	return s;
}

function withStandIns(
	own: Candidate[],
	outer: Candidate[],
	q: Qualifier,
	kind: 'admin1' | 'admin2',
	standIns: Set<Candidate>
): Candidate[] {
	if (own.some((c) => satisfies(c, q))) return own;
	// A list of states or countries ("Missouri, New York") reads as a qualifier too: only a name
	// read as nothing but settlements is a town the gazetteer may lack.
	if (own.some((c) => c.place.kind !== 'city' && c.place.kind !== 'town')) return own;
	const out = own.slice();
	for (const c of outer) {
		if (c.place.kind === kind && c.match !== 'loose') out.push(standIn(c, standIns));
	}
	return out;
}

/** Degrees a settlement may lie outside a county's box and still be in it (boxes are rough). */
const BOX_MARGIN = 0.05;
/** The side of the box the gazetteer gives a division it has no shape for, and a little more. */
const PLACEHOLDER = 0.11;

/**
 * `cands` less the settlements outside every county of `counties` when the definition names a
 * county ("Wellington is a town in Somerset, England": not the Wellington of Shropshire). A
 * first-level division says less: the qualifier weighs that.
 */
function inCounty(cands: Candidate[], counties: Candidate[]): Candidate[] {
	const boxes: number[][] = [];
	for (const w of counties) {
		const box = w.place.bbox;
		// A county known by its point only has a box of a tenth of a degree around it: no border.
		const drawn = box !== null && (box[2] - box[0] > PLACEHOLDER || box[3] - box[1] > PLACEHOLDER);
		if (w.place.kind !== 'admin2' || box === null || !drawn) return cands;
		boxes.push(box);
	}
	if (boxes.length === 0) return cands;
	const kept: Candidate[] = [];
	for (const c of cands) {
		const p = c.place;
		// Settlements and other counties by their point; the county itself stands.
		const point =
			p.kind === 'city' ||
			p.kind === 'town' ||
			p.kind === 'landmark' ||
			(p.kind === 'admin2' && !counties.some((k) => k.place.index === p.index));
		const [x, y] = p.point;
		const inside = boxes.some(
			([w, so, e, n]) =>
				x >= (w as number) - BOX_MARGIN &&
				x <= (e as number) + BOX_MARGIN &&
				y >= (so as number) - BOX_MARGIN &&
				y <= (n as number) + BOX_MARGIN
		);
		if (!point || inside) kept.push(c);
	}
	return kept;
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
function resolvePlaces(all: Group[], context: DocumentContext) {
	const first = resolveGroups(all, context, 2);
	markNeighbours(all, first);
	markStrangers(all, first);
	const groups = all.filter((g, i) => {
		const top = first[i]?.[0];
		return top !== undefined && placeLikelihood(g.evidence, top) >= PLACENESS.threshold;
	});
	const resolved: Scored[][] = resolveGroups(groups, context);
	return { groups, resolved };
}

/** Geoparse a text: every place it names, with every mention. See `types.ts`. */
export function geoparse(options: GeoparseOptions): GeoparseResult {
	const gaz = memoFor(options.gazetteer);
	const text = typeof options.text === 'string' ? options.text : '';
	const tokens: Token[] = tokenize(text);
	const spans = withDefinedSubjects(text, tokens, placeSpans(text, tokens, gaz), gaz);
	const cands = spanCandidates(spans, gaz);
	const standIns = new Set<Candidate>();
	const quals = qualifiersOf(text, spans, cands, tokens, gaz, standIns);
	const groups = groupSpans(text, spans, cands, quals, tokens);
	dropPlacesNamedElsewhere(groups, gaz);
	const resolution = resolvePlaces(groups, { demonyms: demonymWeights(spans), standIns });
	return collectMentions({
		text,
		tokens,
		spans,
		...resolution,
		maxAlternatives: Math.max(0, options.alternatives ?? 5)
	});
}
