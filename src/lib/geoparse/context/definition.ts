/**
 * Definitions: the first sentence of an encyclopedia's article says what its subject is and
 * where it lies: "Lima is a city in and the county seat of Allen County, Ohio, United States",
 * "Dąbrowa is a village in the administrative district of Gmina Łask, within Łask County, Łódź
 * Voivodeship". Such a subject is a place whatever else its name means ("Mobile is the county
 * seat of Mobile County", "Normal is a town in McLean County"), and it lies inside every division
 * the sentence names after it.
 */

import { KIND_WORDS, type Candidate } from '../../gazetteer/index';
import type { NameRecord, Qualifier, RuleInfo, Span } from '../record';
import { DIRECTIONS, FEATURE_SUFFIXES } from '../lexicon/index';
import type { Token } from '../tokenize';
import { definingNoun } from './defining-noun';
import { contains } from './qualifiers';

/** Lower-case words at most between the defining noun and the first division it lies in. */
const MAX_LEAD = 10;
/** Prepositions that put what follows around the subject ("in X", "within X"). */
const INSIDE = new Set(['in', 'within']);

type Container = Qualifier['containers'][number];

/** Whether container `a` lies inside container `b` (a division inside its country, or itself). */
const inside = (a: Container, b: Container) =>
	a.country === b.country && (b.admin1 === null || a.admin1 === b.admin1);

/**
 * The countries and first-level divisions a span's readings stand for: a division or country
 * itself, the division of a county ("Allen County" is in Ohio, Indiana, Kansas or Kentucky), the
 * country of a demonym ("the Canadian province of Ontario").
 */
function containersOf(span: Span, cands: Candidate[], tokens: Token[]): Container[] {
	const out: Container[] = [];
	// "the Cauca Valley": a feature called after a name ("Cauca" alone) is no division.
	if (FEATURE_SUFFIXES.has((tokens[span.to - 1] as Token).lower)) return out;
	if (span.form === 'demonym') {
		if (span.demonymOf) out.push({ country: span.demonymOf.countryCode, admin1: null });
		return out;
	}
	let best = -Infinity;
	for (const c of cands) if (isContainer(c)) best = Math.max(best, c.score);
	for (const c of cands) {
		const p = c.place;
		// "Lebanon" the country, not also the Pennsylvania county its bare name matches far worse
		// ("Georgia" the state and the country both stand).
		if (!isContainer(c) || (p.kind === 'admin2' && c.score < best - CONTAINER_MARGIN)) continue;
		if (p.kind === 'country') out.push({ country: p.countryCode, admin1: null });
		else out.push({ country: p.countryCode, admin1: p.admin1Code });
	}
	return out;
}

/** A reading that may hold a place: a country or a division, with its codes, not loose. */
const isContainer = (c: Candidate) =>
	c.match !== 'loose' &&
	c.place.countryCode !== '' &&
	(c.place.kind === 'country' ||
		((c.place.kind === 'admin1' || c.place.kind === 'admin2') && c.place.admin1Code !== ''));

/** How far below a name's best reading as a division another still counts (a tier's cost). */
const CONTAINER_MARGIN = 2;

/**
 * The readings of `a` and `b` that agree, the narrower of each agreeing pair ("Allen County" in
 * four states and "Ohio": Ohio). When none agree the later, wider name stands: a country or a
 * state is named unambiguously more often than what lies in it ("the West Midlands, England"
 * read as Zimbabwe's Midlands).
 */
function narrow(a: Container[], b: Container[]): Container[] {
	if (a.length === 0) return b;
	const out: Container[] = [];
	for (const x of a) {
		for (const y of b) {
			const k = inside(x, y) ? x : inside(y, x) ? y : null;
			if (k && !out.some((o) => o.country === k.country && o.admin1 === k.admin1)) out.push(k);
		}
	}
	return out.length > 0 ? out : b;
}

const DIGIT = /\d/;
/** Glue words at most between two divisions ("in the north of", "province of the"). */
const MAX_GLUE = 5;

/**
 * Whether span `next` names what holds span `prev` in a definition's chain of divisions: after a
 * comma (", Ohio"), or after glue that says so: "in"/"within" ("Sabinov District in the Prešov
 * Region"), or "of" after a division's kind word ("the Central District of Kerman County", "the
 * Laguna province of the Philippines"). Other words may sit in the glue ("of eastern Slovakia").
 */
function linked(prev: Span, next: Span, tokens: Token[]): boolean {
	if (next.from < prev.to || next.from - prev.to > MAX_GLUE) return false;
	if (next.from === prev.to) return (tokens[next.from] as Token).gap === 'comma';
	let inside = false;
	let kind = KIND_WORDS[(tokens[prev.to - 1] as Token).lower] !== undefined;
	let of = false;
	for (let k = prev.to; k < next.from; k++) {
		const t = tokens[k] as Token;
		if (t.cap || t.sentStart || (k > prev.to && t.gap !== 'space')) return false;
		if (INSIDE.has(t.lower)) inside = true;
		else if (t.lower === 'of') of = of || kind;
		else if (KIND_WORDS[t.lower] !== undefined) kind = true;
		// Other words may describe the holder ("in the autonomous community of Andalusia"); a
		// number measures a distance ("85 kilometres north of"), which holds nothing.
		else if (DIGIT.test(t.lower)) return false;
	}
	return (inside || of) && (tokens[next.from] as Token).gap === 'space';
}

/** Where a definition places its subject: the divisions it lies in and their places. */
export interface Definition {
	qualifier: Qualifier;
	/**
	 * The named divisions themselves, narrowest first named: the place to show when the gazetteer
	 * knows no namesake inside them ("Bolton is a town in Tolland County, Connecticut" with no
	 * Bolton of Connecticut indexed). Being in Tolland County is all the text says of it.
	 */
	within: Candidate[];
	/** Every reading of that division as a county (its namesakes in the containers). */
	counties: Candidate[];
}

/**
 * The definition of span `i`, when it is the subject of one and the sentence names the
 * divisions it lies in: "X is a city in Y County, Z", "X is the capital of the Mexican state of
 * Y", "X is a village in the district of Y, within Z County, W Voivodeship". The divisions are
 * the names after "in"/"of", each joined to the last by a comma (or ", within").
 */
export function definitionOf(
	i: number,
	records: NameRecord[],
	tokens: Token[],
	text: string
): Definition | null {
	const span = (records[i] as NameRecord).span;
	if (span.form !== 'name') return null;
	const noun = definingNoun(span, tokens, text);
	if (noun < 0) return null;
	// The lead from the noun to the first division: lower-case words and demonyms, with "in" or
	// "within", or ending in an "of" that is no direction's ("the county seat of X", not "north
	// of X": that lies outside X).
	// The first span after the noun (an aside before the verb may hold some: "Georgia,
	// officially the Town of Georgia, is").
	let s = i + 1;
	while (s < records.length && (records[s] as NameRecord).span.from <= noun) s++;
	let containers: Container[] = [];
	let enclosed = false;
	let lastOf = false;
	for (let k = noun + 1; k < tokens.length && k - noun <= MAX_LEAD; k++) {
		const t = tokens[k] as Token;
		const next = records[s]?.span;
		if (t.sentStart) return null;
		if (next && next.from === k) {
			if (next.form === 'demonym') {
				containers = narrow(containers, containersOf(next, [], tokens));
				k = next.to - 1;
				s++;
				continue;
			}
			break;
		}
		// A capitalised word that names nothing ("the district of Gmina Łask") is passed over.
		if (INSIDE.has(t.lower)) enclosed = true;
		lastOf = t.lower === 'of' && !DIRECTIONS.has((tokens[k - 1] as Token).lower);
	}
	const first = records[s]?.span;
	if (!first || first.form !== 'name' || !(enclosed || lastOf) || first.from - noun > MAX_LEAD)
		return null;
	if ((tokens[first.from] as Token).sentStart) return null;
	// The chain: ", Ohio", ", United States", ", within Łask County", " in the Prešov Region".
	let to = s + 1;
	while (
		to < records.length &&
		linked((records[to - 1] as NameRecord).span, (records[to] as NameRecord).span, tokens)
	)
		to++;
	let named = -1;
	for (let k = s; k < to; k++) {
		const own = containersOf(
			(records[k] as NameRecord).span,
			(records[k] as NameRecord).candidates,
			tokens
		);
		if (own.length === 0) continue;
		if (named < 0) named = k;
		containers = narrow(containers, own);
	}
	if (containers.length === 0) return null;
	// The first named division's best readings inside the containers ("Łódź Voivodeship" the
	// province, not the city's county its name also matches), a country when that reads best
	// ("Medina is a village in Lebanon"): all the text says of the place.
	const within: Candidate[] = [];
	const counties: Candidate[] = [];
	for (let k = s; k < to && within.length === 0; k++) {
		let best = -Infinity;
		for (const c of (records[k] as NameRecord).candidates) {
			if (!isContainer(c) || !containers.some((o) => contains(o, c))) continue;
			if (c.place.kind === 'admin2') counties.push(c);
			if (c.score > best) within.length = 0;
			if (c.score >= best) {
				best = c.score;
				within.push(c);
			}
		}
		// Counties only where the named division is read as one.
		if (within.some((c) => c.place.kind !== 'admin2')) counties.length = 0;
	}
	return { qualifier: { containers, span: named }, within, counties };
}

export const definition: RuleInfo = {
	id: 'candidates/definition',
	description: 'a definition places the name in the divisions it names ("X is a city in Y County")'
};
