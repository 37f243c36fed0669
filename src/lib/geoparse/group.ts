/**
 * Grouping: every mention of one name becomes one group (one sense per name per document), with
 * the evidence its mentions give that it is a place (where it stands, what follows it, what
 * surrounds it), for the place-likelihood model in `confidence.ts`.
 */

import type { Candidate } from '../gazetteer/index';
import { afterPartyTag, type Span } from './candidates/recognize';
import type { NameEvidence } from './confidence';
import type { Qualifier } from './context/qualifiers';
import {
	DIRECTIONS,
	FIRST_NAME,
	FUNCTION_WORDS,
	KINSHIP,
	LOCATIVE_PREPOSITIONS,
	PERSON_VERBS,
	PLACE_NOUNS
} from './lexicon/index';
import type { NameGroup, Scored } from './resolve';
import type { Token } from './tokenize';

const INDEFINITE = new Set(['a', 'an']);

/** A name's mentions, candidates and evidence. */
export interface Group extends NameGroup {
	spans: Span[];
	evidence: NameEvidence;
}

const LIST_WORDS = new Set(['and', 'or']);

/** Whether span `b` follows span `a` as the next item of a list ("A, B", "A and B"). */
function listedWith(a: Span | undefined, b: Span | undefined, tokens: Token[]): boolean {
	if (!a || !b || a.form !== 'name' || b.form !== 'name') return false;
	const first = tokens[b.from] as Token;
	if (b.from === a.to) return first.gap === 'comma';
	const between = tokens[a.to] as Token;
	return b.from === a.to + 1 && LIST_WORDS.has(between.lower);
}

/**
 * Whether the mention is certainly a person's name, whatever place shares it: the speaker of an
 * inverted attribution ('"…," said Georgia.'), a possessive before a kinship noun ("Georgia's
 * father"), or a name with an age in apposition ("Flores, 26,").
 */
function personCertain(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const last = tokens[span.to - 1] as Token;
	const prev = tokens[span.from - 1];
	const after = tokens[span.to];
	// Read for every mention, not only after a possessive: a comparison first made after the
	// caller is optimised (this is inlined there) would throw the optimised code away.
	const kin = after !== undefined && after.gap === 'space' && KINSHIP.has(after.lower);
	if (last.possessive) return kin;
	// "Flores, 26, had just left": an age in apposition. The word after the number is read for
	// every mention, as the kinship word above, not only after a number.
	const next = tokens[span.to + 1];
	const age = after?.gap === 'comma' && AGE.test(after.text);
	const closed = next?.gap === 'comma';
	if (age && closed) return true;
	const ends = after === undefined || after.gap === 'comma' || after.gap === 'break';
	return ends && prev !== undefined && first.gap === 'space' && PERSON_VERBS.has(prev.lower);
}

/**
 * Whether the mention is a dateline: a name in capitals opening a paragraph or sentence, before a
 * dash, a parenthesis or a comma ("HUME – The board met", "CHATTANOOGA (AP) —", "MACON, Ga.").
 */
function dateline(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const after = tokens[span.to];
	if ((first.gap !== 'break' && first.gap !== 'start') || !after) return false;
	if (after.gap !== 'other' && after.gap !== 'comma') return false;
	for (let k = span.from; k < span.to; k++) if (!(tokens[k] as Token).allCaps) return false;
	return true;
}

/**
 * Whether the mention stands where a place is expected: after a preposition of place ("in
 * Maryville"), after a direction or a noun for a place and "of" ("two miles east of Brandon",
 * "the town of Bam"), as the town of a person's residence ("John Smith, 42, of Swansea"),
 * after a legislator's party tag ("D-Pa."), or as a dateline ("HUME –").
 */
function locative(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const prev = tokens[span.from - 1];
	// "Sen. Bob Casey, D-Pa.", "Rep. Jane Doe (R-Fairfax)": a legislator's state or home town.
	if (afterPartyTag(tokens, span.from) || dateline(span, tokens)) return true;
	if (!prev || first.gap !== 'space') return false;
	if (LOCATIVE_PREPOSITIONS.has(prev.lower)) return true;
	if (prev.lower !== 'of') return false;
	const before = tokens[span.from - 2];
	if (prev.gap === 'comma' || before === undefined) return prev.gap === 'comma';
	// "east of X"; "the town of X", "the villages of X and Y", "the capital of X".
	return DIRECTIONS.has(before.lower) || (!before.cap && PLACE_NOUNS.has(before.lower));
}

const YEAR = /^(?:19|20)\d\d$/;
const AGE = /^\d{1,3}$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'its', 'your']);

/**
 * Whether a one-word mention follows a determiner and a year: "a 1995 Honda Accord", "her 2003
 * Mercury". A model year makes the name a product (a car); a place is not counted that way.
 */
function afterModelYear(span: Span, tokens: Token[]): boolean {
	const year = tokens[span.from - 1];
	const det = tokens[span.from - 2];
	if (span.to - span.from !== 1 || !year || !det) return false;
	return (
		(tokens[span.from] as Token).gap === 'space' &&
		YEAR.test(year.text) &&
		DETERMINERS.has(det.lower)
	);
}

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

/** The highest importance among a name's candidates. */
function prominence(candidates: Candidate[]): number {
	let max = -Infinity;
	for (const c of candidates) max = Math.max(max, c.place.importance);
	return max;
}

/** Group the accepted name spans by key (one sense per name per document). */
export function groupSpans(
	spans: Span[],
	cands: Candidate[][],
	quals: (Qualifier | null)[],
	tokens: Token[]
): Group[] {
	const byKey = new Map<string, Group>();
	// Plain loops, not callbacks: a hot callback is compiled once alone and again inside its caller.
	for (let i = 0; i < spans.length; i++) {
		const span = spans[i] as Span;
		const candidates = cands[i] ?? [];
		if (span.form !== 'name' || candidates.length === 0) continue;
		let g = byKey.get(span.key);
		if (!g) {
			g = {
				key: span.key,
				candidates,
				qualifiers: [],
				qualifies: [],
				count: 0,
				spans: [],
				evidence: {
					key: span.key,
					words: span.to - span.from,
					capitalisedMidSentence: false,
					acronym: true,
					qualified: false,
					afterArticle: true,
					personVerb: false,
					locative: false,
					product: false,
					person: false,
					firstName: span.to - span.from === 1 && FIRST_NAME.has((tokens[span.from] as Token).text),
					listed: false,
					neighbours: 0,
					prominence: prominence(candidates)
				}
			};
			byKey.set(span.key, g);
		}
		g.count++;
		g.spans.push(span);
		const q = quals[i];
		if (q) {
			g.qualifiers.push(q);
			g.evidence.qualified = true;
		}
		const first = tokens[span.from] as Token;
		if (!first.sentStart && !first.titleLine) g.evidence.capitalisedMidSentence = true;
		const after = tokens[span.to];
		// "of Swansea, who suffered…": after a place cue, "who" is the person named before.
		const where = locative(span, tokens);
		if (where) g.evidence.locative = true;
		if (afterModelYear(span, tokens)) g.evidence.product = true;
		if (personCertain(span, tokens)) g.evidence.person = true;
		// "Obama administration": a leader's name before "administration" (a country's is exempt).
		const speaks =
			after !== undefined &&
			((after.gap === 'space' &&
				(PERSON_VERBS.has(after.lower) || after.text === 'administration')) ||
				(after.gap === 'comma' && after.lower === 'who' && !where));
		if (speaks) g.evidence.personVerb = true;
		if (listedWith(spans[i - 1], span, tokens) || listedWith(span, spans[i + 1], tokens))
			g.evidence.listed = true;
		const prev = tokens[span.from - 1];
		// "served as a Reserve with…" is a common noun; "a US soldier", "a Louisiana man" a name
		// used as a modifier: any lower-case word after it but a closed-class one is its head noun.
		// "a Florida Highway Patrol report": a capitalised word after it makes it part of a longer
		// name, which the article is for.
		const modifies =
			after !== undefined &&
			after.gap === 'space' &&
			(after.cap || !FUNCTION_WORDS.has(after.lower));
		if (!(prev && first.gap === 'space' && INDEFINITE.has(prev.lower)) || modifies)
			g.evidence.afterArticle = false;
		// The first word's letters without its dots ("U.S." has 2), counted for every mention, not
		// only after one in capitals: a read first made after optimisation would throw the
		// optimised code away, and capitals are rare enough in some news to be first met late.
		let dots = 0;
		for (let k = 0; k < first.text.length; k++) dots += first.text.charCodeAt(k) === 46 ? 1 : 0;
		const short = first.text.length - dots <= 4;
		const oneWord = span.to - span.from === 1;
		if (!(first.allCaps && short && oneWord) || where) g.evidence.acronym = false;
	}
	// "Hall County, Georgia": the qualifier's readings that hold the qualified name win too.
	for (let i = 0; i < quals.length; i++) {
		const q = quals[i];
		if (!q || q.span < 0) continue;
		const outer = byKey.get((spans[q.span] as Span).key);
		if (outer) outer.qualifies.push(cands[i] ?? []);
	}
	return [...byKey.values()];
}
