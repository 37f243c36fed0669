/**
 * Recognition: find the spans of the text that name a place the gazetteer knows.
 *
 * Greedy longest match over capitalised words (with connectors inside: "Isle of Man"), guided by
 * the gazetteer's probe (is this a name, does a longer one go on from it), one binary search per
 * distinct stretch of text, remembered by the memo. A trailing
 * kind word ("Karbala Province") or a leading trigger ("Camp Taji") extends a match. Demonyms
 * ("Iranian", "British") are found on words no name covers.
 */

import { KIND_WORDS, splitKindHint, type LookupOptions, type Place } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import {
	commonWordRank,
	CONNECTORS,
	DEGREES,
	isGenericNoun,
	PLACE_HEAD_NOUNS,
	FEATURE_SUFFIXES,
	PARTY_TAGS,
	PREFIX_TRIGGERS,
	SUFFIX_TRIGGERS,
	US_STATE_ABBREVIATIONS,
	CA_PROVINCE_ABBREVIATIONS
} from '../lexicon/index';
import type { Token } from '../tokenize';
import { sharedKindWords } from './shared-kind';

/** A recognised span before filtering and resolution. */
export interface Span {
	/** Token range `[from, to)`. */
	from: number;
	to: number;
	start: number;
	end: number;
	/** Gazetteer key of the span. */
	key: string;
	/** What to look up: the span, or the name without a trigger the gazetteer lacks ("Camp X" → X). */
	query: string;
	form: 'name' | 'demonym';
	/** The country a demonym stands for. */
	demonymOf: Place | null;
	/** A place fixed by the form itself: a US state abbreviation after a town ("Paris, Ky."). */
	fixed: Place | null;
}

/** Longest name the gazetteer has, at most this many words. */
const MAX_WORDS = 7;

const CONTRACTION = /['’](?:ll|re|ve|d|m|t)$/i;
/** A French or Italian article elided before a capitalised word: "d'Ivoire", "l'Aquila". */
const ELIDED = /^(?:d|l|dell|dall|all|nell|sull)['’]\p{Lu}/u;
const hasApostrophe = (s: string) => s.includes("'") || s.includes('’');

const joins = (t: Token) => t.gap === 'space' || t.gap === 'hyphen' || t.gap === 'none';

const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
const TOP_QUERY: LookupOptions = { limit: 1, loose: false };
const TOWN_QUERY: LookupOptions = { limit: 1, kinds: ['city', 'town'], loose: false };

/**
 * "Dublin City Council", "Springfield City Schools", "Dublin City hall": "X City" before more
 * of an institution's name, or before an institution's noun in lower case, is the town X when
 * X alone names a more prominent town than "X City" does (not "Kansas City Council", "Carson
 * City Council": there "X City" is the town).
 */
function townBeforeCityWord(name: string, withWord: string, gaz: MemoGazetteer): boolean {
	const town = gaz.lookup(name, TOWN_QUERY)[0];
	const whole = gaz.lookup(withWord, TOP_QUERY)[0];
	// The town must be called X ("Oklahoma" is also a GeoNames name of Oklahoma City).
	if (town === undefined || gaz.key(town.place.name) !== gaz.key(name)) return false;
	// The kind word read as a hint finds the town itself: "City" names nothing more.
	if (whole === undefined || whole.place.id === town.place.id) return true;
	return town.place.importance > whole.place.importance;
}

/**
 * "Police Department", "Department of Justice": a kind word around an ordinary word is no place
 * name, even where a place has that word for its name.
 */
function ordinaryBase(key: string): boolean {
	const base = splitKindHint(key).key;
	return !base.includes(' ') && commonWordRank(base) < Infinity;
}

/** Whether a word names a country or first-level division ("US", "Georgia"): no demonym then. */
function isMajorName(gaz: MemoGazetteer, word: string): boolean {
	return gaz.lookup(word, MAJOR_QUERY).length > 0;
}

/** A division's id by the abbreviation news writes, dotted ("Ga.", "Ont."): provinces win a tie. */
const DOTTED_DIVISIONS = new Map<string, string>([
	...Object.entries(US_STATE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:US.${code}`
	]),
	...Object.entries(CA_PROVINCE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:CA.${code}`
	])
]);
/** Undotted, only a state's two capitals ("GA"): "ON", "BC" alone are too often other things. */
const CAPITAL_DIVISIONS = new Map<string, string>(
	Object.entries(US_STATE_ABBREVIATIONS).map(([a, code]): [string, string] => [
		a,
		`admin1:US.${code}`
	])
);
const NO_DIVISIONS = new Map<string, string>();

/** Whether token `i` follows a party letter and a hyphen ("D-Pa.", "R-Fairfax"). */
export function afterPartyTag(tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1];
	// A party letter may end the text ("… and I"): there is then no token `i`.
	const t = tokens[i];
	return prev !== undefined && t !== undefined && t.gap === 'hyphen' && PARTY_TAGS.has(prev.text);
}

/**
 * The US state or Canadian province a token abbreviates after a town and a comma ("Macon, Ga.",
 * "Macon, GA", "Barrie, Ont."). Every form goes through the same reads, table and call: a form
 * met first after the recogniser is optimised (a province, capitals without a dot) would
 * otherwise reach code the optimiser has no feedback for, and throw the optimised code away.
 */
function stateAbbreviation(tokens: Token[], i: number, gaz: MemoGazetteer): Place | null {
	const t = tokens[i] as Token;
	const prev = tokens[i - 1];
	if (!prev || !prev.cap || !(t.gap === 'comma' || afterPartyTag(tokens, i))) return null;
	// "Jane Doe, M.D.": a degree after a person's name, not Maryland ("Md."): in initials, with a
	// dot after each letter, only degrees collide with states' dotted abbreviations.
	const degree = DEGREES.has(t.text);
	const dotted = t.text.endsWith('.') && !degree;
	const pair = t.text.length === 2;
	const capitals = t.allCaps && pair;
	const table = dotted ? DOTTED_DIVISIONS : capitals ? CAPITAL_DIVISIONS : NO_DIVISIONS;
	const id = table.get(t.lower);
	// No id is never one: the memo answers '' at once.
	const place = gaz.byId(id ?? '');
	return id === undefined ? null : place;
}

/**
 * Where the name proper starts in a span `[from, to]` that opens with "(the) City of",
 * "State of", "Province of": the token after "of", or `from` when the span has no such lead.
 * The kind word is a description of the place, not part of its name ("the City of Paris" names
 * Paris), so the mention covers the name only; the lookup still reads the kind word as a hint.
 */
function nameAfterKindLead(tokens: Token[], from: number, to: number): number {
	// The same operations for every span, and no read past it: a rare increment or an index out
	// of bounds, first met after the recogniser is optimised, throws its optimised code away. So
	// the kind word and the name's start are read for every span of two words or more, not only
	// before "of": "the city of" is rare enough to be first met after optimisation.
	const k = from + ((tokens[from] as Token).lower === 'the' ? 1 : 0);
	if (k + 2 > to) return from;
	const kind = KIND_WORDS[(tokens[k] as Token).lower];
	const name = k + 2;
	if ((tokens[k + 1] as Token).lower !== 'of') return from;
	return kind === undefined ? from : name;
}

/**
 * The name at token `i` read with the kind word its list shares ("Oconee and Clarke counties":
 * "Oconee County"), longest first, when the gazetteer has it; null otherwise.
 */
function listedWithKind(
	text: string,
	tokens: Token[],
	i: number,
	shared: Map<number, string>,
	gaz: MemoGazetteer
): Span | null {
	if (shared.size === 0) return null;
	const kind = shared.get(i);
	if (!kind) return null;
	let last = i;
	while (last + 1 < tokens.length && last - i < 2 && shared.has(last + 1)) {
		const next = tokens[last + 1] as Token;
		if (next.gap !== 'space' && next.gap !== 'hyphen') break;
		last++;
	}
	// Counted down from past the end, so the decrement runs for every list: when the longest
	// reading was always found first, a decrement first made after the recogniser is optimised
	// (this function is inlined into it) would throw the optimised code away.
	for (let j = last + 1; j-- > i;) {
		const first = tokens[i] as Token;
		const end = (tokens[j] as Token).end;
		const query = `${text.slice(first.start, end)} ${kind}`;
		const key = gaz.key(query);
		if (!gaz.has(key)) continue;
		return {
			from: i,
			to: j + 1,
			start: first.start,
			end,
			key,
			query,
			form: 'name',
			demonymOf: null,
			fixed: null
		};
	}
	return null;
}

/** The lower-case kind word of "the city of X" before token `i`, or null. */
function kindLeadBefore(tokens: Token[], i: number): string | null {
	// No read before the first token: an index out of bounds throws the optimised code away.
	if (i < 2) return null;
	const of = tokens[i - 1] as Token;
	const kind = tokens[i - 2] as Token;
	if (of.lower !== 'of' || (tokens[i] as Token).gap !== 'space') return null;
	return !kind.cap && KIND_WORDS[kind.lower] !== undefined ? kind.lower : null;
}

/**
 * "Clarke police", "D-Braxton": US news names a county by its bare name, which the gazetteer
 * indexes alone only when the word is no first name or ordinary word. A capitalised word that
 * names no place alone but does with "County" after it is read as the county where what stands
 * around it says so: a place's police or voters after it, or a legislator's party tag before it.
 * Counties are named after people: alone, such a word is as often a surname ("Braxton said").
 */
function bareCounty(text: string, tokens: Token[], i: number, gaz: MemoGazetteer): Span | null {
	const t = tokens[i] as Token;
	if (!t.cap || t.allCaps) return null;
	const next = tokens[i + 1];
	const head = next !== undefined && next.gap === 'space' && PLACE_HEAD_NOUNS.has(next.lower);
	if (!head && !afterPartyTag(tokens, i)) return null;
	// The frequency list after the cheap tests around the word: most capitalised words fail those.
	if (commonWordRank(t.lower) < Infinity) return null;
	if (gaz.span(t.text).known) return null;
	const query = `${t.text} County`;
	const probe = gaz.span(query);
	if (!probe.name) return null;
	return {
		from: i,
		to: i + 1,
		start: t.start,
		end: t.end,
		key: probe.key,
		query,
		form: 'name',
		demonymOf: null,
		fixed: null
	};
}

/**
 * "The Hague", "The Bronx": a capitalised article before a name whose gazetteer name has it
 * starts the mention (the index keys names without it). `from` otherwise.
 */
function articleBefore(tokens: Token[], from: number, query: string, gaz: MemoGazetteer): number {
	const the = tokens[from - 1];
	if (the === undefined || the.text !== 'The' || (tokens[from] as Token).gap !== 'space')
		return from;
	const top = gaz.lookup(query, TOP_QUERY)[0];
	const name = top?.place.name ?? '';
	return name.startsWith('The ') && gaz.key(name) === gaz.key(query) ? from - 1 : from;
}

/** Compass initials and the words they abbreviate, longest reading last ("N.Ireland"). */
const COMPASS_INITIALS: Readonly<Record<string, readonly string[]>> = {
	'N.': ['North', 'Northern'],
	'S.': ['South', 'Southern'],
	'E.': ['East', 'Eastern'],
	'W.': ['West', 'Western']
};

/**
 * "S.Africa", "N.KOREA", "N.Ireland": headline style abbreviates a compass word to its initial,
 * written against the name. The span covers both; the lookup reads the word in full.
 */
function compassInitial(text: string, tokens: Token[], i: number, gaz: MemoGazetteer): Span | null {
	const first = tokens[i] as Token;
	const words = first.text.length === 2 ? COMPASS_INITIALS[first.text] : undefined;
	const next = tokens[i + 1];
	if (words === undefined || next === undefined || next.gap !== 'none' || !next.cap) return null;
	const rest = next.allCaps ? next.text.charAt(0) + next.text.slice(1).toLowerCase() : next.text;
	for (const w of words) {
		const query = `${w} ${rest}`;
		const key = gaz.key(query);
		if (!gaz.has(key)) continue;
		return {
			from: i,
			to: i + 2,
			start: first.start,
			end: next.end,
			key,
			query,
			form: 'name',
			demonymOf: null,
			fixed: null
		};
	}
	return null;
}

/** The end of a name being read, and its key and lookup query (one per recogniser call). */
class Pick {
	best = -1;
	key = '';
	query = '';
}

/**
 * Endings of a name that news writes around it (`pick.best` ≥ 0, changed in place):
 * - "Plymouth Co.": the county, as local news abbreviates it;
 * - "Dublin City Council": the town X before "City"/"Town" and more of an institution's name;
 * - "Cedar River", "Hamilton Township": a feature word after the name makes the feature the
 *   place, the name alone being looked up (once: in "Cedar River Valley" the river is named);
 * - "the city of Turkey": the kind word before is a hint for the lookup, unless the name has its
 *   own ("the main town of Turkana County").
 * Every test and index is computed for every name: a read first made after this function is
 * optimised would throw the optimised code away.
 */
function refineEnd(text: string, tokens: Token[], i: number, pick: Pick, gaz: MemoGazetteer): void {
	const first = tokens[i] as Token;
	const coAt = pick.best + 1;
	const co = coAt < tokens.length ? (tokens[coAt] as Token) : null;
	const coJoined = co !== null && joins(co);
	const coDotted = co !== null && co.text.endsWith('.');
	const isCo = co !== null && co.lower === 'co';
	if (isCo && coDotted && coJoined) {
		const county = `${text.slice(first.start, (tokens[pick.best] as Token).end)} County`;
		if (gaz.has(gaz.key(county))) {
			pick.best = coAt;
			pick.key = gaz.key(county);
			pick.query = county;
		}
	}
	const beforeBest = pick.best - 1;
	const cityWord = pick.best > i ? (tokens[pick.best] as Token) : undefined;
	const afterCity = tokens[pick.best + 1];
	if (
		cityWord &&
		(cityWord.lower === 'city' || cityWord.lower === 'town') &&
		afterCity !== undefined &&
		(afterCity.cap || isGenericNoun(afterCity.lower) || PLACE_HEAD_NOUNS.has(afterCity.lower)) &&
		afterCity.gap === 'space'
	) {
		const name = text.slice(first.start, (tokens[beforeBest] as Token).end);
		if (townBeforeCityWord(name, pick.query, gaz)) {
			pick.best = beforeBest;
			pick.key = gaz.key(name);
			pick.query = name;
		}
	}
	const afterBest = pick.best + 1;
	const feature = tokens[afterBest];
	// Not a headline's capitals: "TOKYO FALLS 2 PCT" is a verb after the name, not a waterfall.
	if (
		feature &&
		feature.cap &&
		!(feature.allCaps && feature.titleLine) &&
		feature.gap === 'space' &&
		FEATURE_SUFFIXES.has(feature.lower) &&
		!FEATURE_SUFFIXES.has((tokens[pick.best] as Token).lower)
	) {
		pick.best = afterBest;
		pick.key = gaz.key(text.slice(first.start, feature.end));
	}
	// A name with a kind word of its own ("the main town of Turkana County") is not the lead's
	// kind: the lead names what lies in it.
	const lead = kindLeadBefore(tokens, i);
	const ownKind = KIND_WORDS[(tokens[pick.best] as Token).lower] !== undefined;
	if (lead !== null && !ownKind) pick.query = `${lead} of ${pick.query}`;
	// "Karbala province", "the Donetsk region": a division word in lower case after the name is
	// no part of it, but says which namesake is meant. Not "city" or "town": "Boise city council"
	// is Boise's, not Boise City's.
	const tail = tokens[pick.best + 1];
	const tailKind =
		tail !== undefined && !tail.cap && tail.gap === 'space' ? KIND_WORDS[tail.lower] : undefined;
	if (lead === null && !ownKind && (tailKind === 'admin1' || tailKind === 'admin2'))
		pick.query = `${pick.query} ${(tail as Token).lower}`;
}

/** Find every name and demonym span, left to right, never overlapping. */
export function recognize(text: string, tokens: Token[], gaz: MemoGazetteer): Span[] {
	const spans: Span[] = [];
	const keyOf = gaz.key;
	const sharedKind = sharedKindWords(tokens);
	const pick = new Pick();
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i] as Token;
		// Called for every token (it answers at once for most texts): a call first made after the
		// recogniser is optimised would throw the optimised code away.
		const listed = listedWithKind(text, tokens, i, sharedKind, gaz);
		if (listed) {
			spans.push(listed);
			i = listed.to;
			continue;
		}
		const compass = first.cap ? compassInitial(text, tokens, i, gaz) : null;
		if (compass) {
			spans.push(compass);
			i = compass.to;
			continue;
		}
		// "We'll", "I'm", "Don't": contractions are never names.
		// "D-Pa.", "R-Fairfax": the party letter is no part of the place after it.
		const partyTag = PARTY_TAGS.has(first.text) && afterPartyTag(tokens, i + 1);
		if (!first.cap || partyTag || (hasApostrophe(first.text) && CONTRACTION.test(first.text))) {
			i++;
			continue;
		}
		let best = -1;
		let bestKey = '';
		let bestQuery = '';
		for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
			const t = tokens[j] as Token;
			if (j > i && !joins(t)) break;
			// "Côte d'Ivoire", "Val d'Isère": an elided article before a capital is a name's word.
			const cap = t.cap || (j > i && ELIDED.test(t.text));
			if (!cap && !CONNECTORS.has(t.lower) && !(j > i && SUFFIX_TRIGGERS.has(t.lower) && t.cap))
				break;
			const spanText = j === i ? first.text : text.slice(first.start, t.end);
			const probe = gaz.span(spanText);
			// A possessive ends the name ("Iran's second..."), except on its last word, and except
			// inside a name the gazetteer has with it ("Cox's Bazar", "King's Lynn").
			if (j > i && (tokens[j - 1] as Token).possessive && !probe.known && !probe.longer) break;
			const key = probe.key;
			// "DeKalb City Council", "Florida State University": a kind word read as a hint only
			// when the name ends there, not when it starts an organisation's name.
			const next = tokens[j + 1];
			const hintOnly = !probe.name;
			// "Ohio Department of Health": the name goes on, possibly after "of".
			const afterNext = tokens[j + 2];
			const continues =
				next !== undefined &&
				joins(next) &&
				(next.cap ||
					(next.lower === 'of' && afterNext !== undefined && afterNext.cap && joins(afterNext)));
			if (cap && probe.known && !(j > i && hintOnly && (continues || ordinaryBase(key)))) {
				best = j;
				bestKey = key;
				bestQuery = spanText;
			}
			if (!probe.longer) {
				// Kind words extend a known name even when the full form is not indexed.
				const next = tokens[j + 1];
				if (!(next && next.cap && joins(next) && SUFFIX_TRIGGERS.has(next.lower))) break;
			}
		}
		// "Camp X", "Mount X": the trigger makes X a place even when "Camp X" is not indexed.
		if (best < 0 && PREFIX_TRIGGERS[first.lower] !== undefined) {
			const next = tokens[i + 1];
			if (next && next.cap && joins(next)) {
				const rest = keyOf(next.text);
				if (gaz.has(rest)) {
					best = i + 1;
					bestKey = keyOf(text.slice(first.start, next.end));
					bestQuery = next.text;
				}
			}
		}
		const state = stateAbbreviation(tokens, i, gaz);
		if (state) {
			spans.push({
				from: i,
				to: i + 1,
				start: first.start,
				end: first.end,
				key: `state ${state.admin1Code.toLowerCase()}`,
				query: first.text,
				form: 'name',
				demonymOf: null,
				fixed: state
			});
			i++;
			continue;
		}
		// "Spanish", "Canadian": a word that is a demonym is one, even where a town has its name.
		// A single letter never is ("Avenue S", "S-10"), whatever a demonym list abbreviates.
		const country = first.lower.length > 1 ? gaz.demonym(first.text) : null;
		// Asked of every demonym, not only of one a name starts with (memoised, so nearly free): a
		// call first made after the recogniser is optimised would throw the optimised code away.
		const major = country !== null && isMajorName(gaz, first.text);
		if (best === i && country && !first.allCaps && !major) best = -1;
		// The rare endings live in their own function: it is compiled (and recompiled when a rare
		// branch is first met) alone, not with the recogniser's whole loop inlined around it.
		if (best >= 0) {
			pick.best = best;
			pick.key = bestKey;
			pick.query = bestQuery;
			refineEnd(text, tokens, i, pick, gaz);
			best = pick.best;
			bestKey = pick.key;
			bestQuery = pick.query;
		}
		if (best >= 0) {
			const last = tokens[best] as Token;
			const from = articleBefore(tokens, nameAfterKindLead(tokens, i, best), bestQuery, gaz);
			spans.push({
				from,
				to: best + 1,
				start: (tokens[from] as Token).start,
				end: last.end,
				key: bestKey,
				query: bestQuery,
				form: 'name',
				demonymOf: null,
				fixed: null
			});
			i = best + 1;
			continue;
		}
		const county = best < 0 && !country ? bareCounty(text, tokens, i, gaz) : null;
		if (county) {
			spans.push(county);
			i++;
			continue;
		}
		if (country) {
			spans.push({
				from: i,
				to: i + 1,
				start: first.start,
				end: first.end,
				key: keyOf(first.text),
				query: first.text,
				form: 'demonym',
				demonymOf: country,
				fixed: null
			});
		}
		i++;
	}
	return spans;
}
