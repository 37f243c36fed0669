/**
 * Grouping: every mention of one name becomes one group (one sense per name per document), with
 * the evidence its mentions give that it is a place (where it stands, what follows it, what
 * surrounds it), for the place-likelihood model in `confidence.ts`.
 */

import { KIND_WORDS, type Candidate } from '../gazetteer/index';
import { placeLikelihood } from './confidence';
import { definingNoun } from './context/definition';
import { afterPartyTag } from './recognise/party-tag';
import type { Group, NameRecord, Qualifier, Scored, Span } from './record';
import {
	DIRECTIONS,
	FIRST_NAME,
	FUNCTION_WORDS,
	isGenericNoun,
	KINSHIP,
	LOCATIVE_PREPOSITIONS,
	NEVER_PLACES,
	OBJECT_PREPOSITIONS,
	PERSON_VERBS,
	PLACE_HEAD_NOUNS,
	PLACE_NOUNS,
	PLACE_OF_NOUNS,
	TITLES
} from './lexicon/index';
import type { Token } from './tokenize';
import { PLACENESS } from './weights';

const INDEFINITE = new Set(['a', 'an']);
/** Capitals each followed by a dot: "U.S.", "U.K.", "U.A.E.". */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

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
	// "according to Taylor.": a source that ends the clause, one word, is a person's surname.
	const source =
		span.to - span.from === 1 &&
		prev?.lower === 'to' &&
		tokens[span.from - 2]?.lower === 'according';
	return (
		ends && prev !== undefined && first.gap === 'space' && (PERSON_VERBS.has(prev.lower) || source)
	);
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
 * A date after a dateline on its line: "1996-08-22", "Aug 22", "August 22", "22 Aug". Wire
 * services date their datelines ("BAGHDAD 1996-08-22"); a local paper's own town line is not.
 */
const DATE_AFTER =
	/^[ \t]+(?:\d{4}-\d\d-\d\d|(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{1,2})?\b)/i;

/**
 * Whether the mention is a wire dateline with a date and nothing else before it: a name in
 * capitals opening a line, then the date ("ROTTERDAM 1996-08-22", "TOKYO, Aug 22").
 */
function datedLine(text: string, span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	if (first.gap !== 'break' && first.gap !== 'start') return false;
	for (let k = span.from; k < span.to; k++) if (!(tokens[k] as Token).allCaps) return false;
	const end = (tokens[span.to - 1] as Token).end;
	let from = end;
	if (text.charCodeAt(from) === 44) from++;
	return DATE_AFTER.test(text.slice(from, from + 24));
}

/** A wire service's tag after a dateline: "(Reuters)", "(AP)", "(AFP)". */
const WIRE_TAG = /^\s*\(\s*\p{Lu}[\p{L}.-]*\s*\)/u;

/** Whether the mention, a dateline, is followed by a wire service's tag. */
function wireTag(text: string, span: Span, tokens: Token[]): boolean {
	const last = tokens[span.to - 1] as Token;
	return WIRE_TAG.test(text.slice(last.end, last.end + 24));
}

/**
 * Whether the mention stands where a place is expected: after a preposition of place ("in
 * Maryville"), after a direction or a noun for a place and "of" ("two miles east of Brandon",
 * "the town of Bam"), as the town of a person's residence ("John Smith, 42, of Swansea"),
 * after a legislator's party tag ("D-Pa."), before a place's police or voters ("Gwinnett police"),
 * or as a dateline ("HUME –").
 */
function locative(span: Span, tokens: Token[]): boolean {
	const first = tokens[span.from] as Token;
	const prev = tokens[span.from - 1];
	// "Sen. Bob Casey, D-Pa.", "Rep. Jane Doe (R-Fairfax)": a legislator's state or home town.
	if (afterPartyTag(tokens, span.from) || dateline(span, tokens)) return true;
	// "Gwinnett police", "Preble voters": a place's authorities or people after it.
	const next = tokens[span.to];
	if (next !== undefined && next.gap === 'space' && PLACE_HEAD_NOUNS.has(next.lower)) return true;
	if (!prev || first.gap !== 'space') return false;
	if (LOCATIVE_PREPOSITIONS.has(prev.lower)) return true;
	if (prev.lower !== 'of') return false;
	const before = tokens[span.from - 2];
	if (prev.gap === 'comma' || before === undefined) return prev.gap === 'comma';
	// "east of X"; "the town of X", "the villages of X and Y", "the capital of X", "the mayor of X".
	return (
		DIRECTIONS.has(before.lower) ||
		(!before.cap && (PLACE_NOUNS.has(before.lower) || PLACE_OF_NOUNS.has(before.lower)))
	);
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

/** Other resolved names a document needs before one country can be said to dominate it. */
const STRANGER_MIN_OTHERS = 3;
/** Share of the other names in one country for it to dominate. */
const STRANGER_SHARE = 0.75;
/** Importance below which a settlement is small (≈ 100,000 people). */
const STRANGER_IMPORTANCE = 5;

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
		if (place.importance >= STRANGER_IMPORTANCE) continue;
		const others = named - 1;
		if (others < STRANGER_MIN_OTHERS) continue;
		for (const [cc, n] of byCountry) {
			if (cc !== place.countryCode && n / others >= STRANGER_SHARE)
				(groups[i] as Group).evidence.stranger = true;
		}
	}
}

/**
 * Whether qualifier `q` can name the place some of `qualifiers` name: a container of one holds
 * a container of the other ("Ohio" and "United States": yes; "Maine" and "Oregon": no).
 */
function sharesContainer(qualifiers: Qualifier[], q: Qualifier): boolean {
	for (const o of qualifiers) {
		for (const a of o.containers) {
			for (const b of q.containers) {
				const wide = a.admin1 === null || b.admin1 === null || a.admin1 === b.admin1;
				if (a.country === b.country && wide) return true;
			}
		}
	}
	return false;
}

/** "georgia" for the key "town of georgia" (a settlement's kind word, "of", a name), or null. */
function settlementOf(key: string): string | null {
	const space = key.indexOf(' ');
	if (space < 0 || !key.startsWith(' of ', space)) return null;
	return KIND_WORDS[key.slice(0, space)] === 'city' ? key.slice(space + 4) : null;
}

/** The highest importance among a name's candidates. */
function prominence(candidates: Candidate[]): number {
	let max = -Infinity;
	for (const c of candidates) max = Math.max(max, c.place.importance);
	return max;
}

/**
 * Whether a one-word mention starts a longer name that is no place: "Boko Haram", "Aga Khan",
 * "a Toyota Camry", "Chapman Valve" (the word after is capitalised mid-sentence and is no place,
 * kind word, institution's noun, title, day or direction). A prominent place keeps its reading
 * (`confidence.ts`): "Tokyo Olympics" is Tokyo's.
 */
function startsName(span: Span, next: Span | undefined, after: Token | undefined): boolean {
	return (
		span.to - span.from === 1 &&
		after !== undefined &&
		// "Stamford Mayor Dan Malloy": a title after a place is its office holder's.
		!TITLES.has(after.lower) &&
		after.gap === 'space' &&
		after.cap &&
		!after.allCaps &&
		!after.sentStart &&
		!(next !== undefined && next.from === span.to) &&
		!isGenericNoun(after.lower) &&
		!PLACE_HEAD_NOUNS.has(after.lower) &&
		!NEVER_PLACES.has(after.lower) &&
		!DIRECTIONS.has(after.lower) &&
		KIND_WORDS[after.lower] === undefined
	);
}

/** Group the accepted name spans by key (one sense per name per document). */
export function groupSpans(text: string, records: NameRecord[], tokens: Token[]): Group[] {
	const byKey = new Map<string, Group>();
	// Whether the previous span stands where a place is expected, itself or as the item of a list.
	let prevWhere = false;
	// Plain loops, not callbacks: a hot callback is compiled once alone and again inside its caller.
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as NameRecord;
		const span = record.span;
		const candidates = record.candidates;
		// A dated wire dateline stands where a place is expected, as any other dateline does.
		const dated = datedLine(text, span, tokens);
		const where = locative(span, tokens) || dated;
		// "Officials in London and Geneva said": a list's later items stand where its first does,
		// so the verb after the last is the officials', not the name's.
		const listedPlace: boolean = prevWhere && listedWith(records[i - 1]?.span, span, tokens);
		prevWhere = where || listedPlace;
		if (span.form !== 'name' || candidates.length === 0) continue;
		// "Lima, Ohio … named after Lima, Peru": a name qualified by places that share nothing
		// with its earlier qualifiers is another place of that name, grouped apart.
		const q0 = record.qualifier;
		let groupKey = span.key;
		// "Georgia is a town … The Town of Georgia was chartered": a settlement's name led by its
		// kind word is the name already read.
		const bare = settlementOf(span.key);
		if (bare !== null && byKey.has(bare)) groupKey = bare;
		const earlier = byKey.get(groupKey);
		if (q0 && earlier && earlier.qualifiers.length > 0 && !sharesContainer(earlier.qualifiers, q0))
			groupKey = `${span.key}\u0000${q0.containers[0]?.country ?? ''}.${q0.containers[0]?.admin1 ?? ''}`;
		let g = byKey.get(groupKey);
		if (!g) {
			g = {
				key: span.key,
				candidates,
				qualifiers: [],
				qualifies: [],
				count: 0,
				listedWith: [],
				standalone: false,
				standIns: record.standIns,
				records: [],
				trace: [],
				terms: null,
				evidence: {
					key: span.key,
					words: span.to - span.from,
					capitalisedMidSentence: false,
					acronym: true,
					dotted: false,
					qualified: false,
					afterArticle: true,
					beforeName: true,
					personVerb: false,
					locative: false,
					defined: false,
					product: false,
					person: false,
					firstName: span.to - span.from === 1 && FIRST_NAME.has((tokens[span.from] as Token).text),
					listed: false,
					neighbours: 0,
					stranger: false,
					prominence: prominence(candidates)
				}
			};
			byKey.set(groupKey, g);
		}
		g.count++;
		g.records.push(record);
		record.group = g;
		const q = record.qualifier;
		if (q) {
			g.qualifiers.push(q);
			g.evidence.qualified = true;
		}
		// "DUBLIN (Reuters) -": a wire service's dateline with no state or country after it names
		// a city that needs none (wire style qualifies every other one: "MARIETTA, Ga. (AP)").
		// A local paper's own dateline is not read so: "COLUMBUS -" there is its own town.
		// So does a dateline with a date after it ("ROTTERDAM 1996-08-22"), the wire's other style.
		const wire = (dateline(span, tokens) && wireTag(text, span, tokens)) || dated;
		if (!q && wire) g.standalone = true;
		const first = tokens[span.from] as Token;
		if (!first.sentStart && !first.titleLine) g.evidence.capitalisedMidSentence = true;
		const after = tokens[span.to];
		// "of Swansea, who suffered…": after a place cue, "who" is the person named before.
		if (where) g.evidence.locative = true;
		if (definingNoun(span, tokens, text) >= 0) g.evidence.defined = true;
		if (afterModelYear(span, tokens)) g.evidence.product = true;
		if (personCertain(span, tokens)) g.evidence.person = true;
		// "Obama administration": a leader's name before "administration" (a country's is exempt).
		// "crew based at X said": a name after a preposition is its object, not the verb's subject.
		const before = tokens[span.from - 1];
		const object =
			before !== undefined && first.gap === 'space' && OBJECT_PREPOSITIONS.has(before.lower);
		const speaks =
			!listedPlace &&
			after !== undefined &&
			!object &&
			((after.gap === 'space' &&
				(PERSON_VERBS.has(after.lower) || after.text === 'administration')) ||
				(after.gap === 'comma' && after.lower === 'who' && !where));
		if (speaks) g.evidence.personVerb = true;
		if (
			listedWith(records[i - 1]?.span, span, tokens) ||
			listedWith(span, records[i + 1]?.span, tokens)
		)
			g.evidence.listed = true;
		const prev = tokens[span.from - 1];
		// "served as a Reserve with…" is a common noun; "a US soldier", "a Louisiana man" a name
		// used as a modifier: any lower-case word after it but a closed-class one is its head noun.
		// "a Florida Highway Patrol report": a capitalised word after it makes it part of a longer
		// name, which the article is for. "a Texas-based firm", "a US-led force": a hyphened
		// compound is a modifier too.
		const modifies =
			after !== undefined &&
			(after.gap === 'space' || after.gap === 'hyphen') &&
			(after.cap || !FUNCTION_WORDS.has(after.lower));
		if (!(prev && first.gap === 'space' && INDEFINITE.has(prev.lower)) || modifies)
			g.evidence.afterArticle = false;
		if (!startsName(span, records[i + 1]?.span, after)) g.evidence.beforeName = false;
		// The first word's letters without its dots ("U.S." has 2), counted for every mention, not
		// only after one in capitals: a read first made after optimisation would throw the
		// optimised code away, and capitals are rare enough in some news to be first met late.
		let dots = 0;
		for (let k = 0; k < first.text.length; k++) dots += first.text.charCodeAt(k) === 46 ? 1 : 0;
		const short = first.text.length - dots <= 4;
		const oneWord = span.to - span.from === 1;
		if (!(first.allCaps && short && oneWord) || where) g.evidence.acronym = false;
		// "U.S.", "U.K.": capitals with dots are an abbreviation, never the word "us".
		if (oneWord && DOTTED.test(first.text)) g.evidence.dotted = true;
	}
	// "Ohio and Oregon": the items of a list are read at one level (see resolve.ts).
	for (let i = 1; i < records.length; i++) {
		const prev = (records[i - 1] as NameRecord).span;
		const span = (records[i] as NameRecord).span;
		const a = byKey.get(prev.key);
		const b = byKey.get(span.key);
		if (!a || !b || a === b || !listedWith(prev, span, tokens)) continue;
		if (!a.listedWith.includes(b)) a.listedWith.push(b);
		if (!b.listedWith.includes(a)) b.listedWith.push(a);
	}
	// "Hall County, Georgia": the qualifier's readings that hold the qualified name win too.
	for (const r of records) {
		const q = r.qualifier;
		if (!q || q.span < 0) continue;
		const outer = byKey.get((records[q.span] as NameRecord).span.key);
		if (outer) outer.qualifies.push(r.candidates);
	}
	return [...byKey.values()];
}
