/**
 * Cues that a recognised name is not a place here: a person (a title or a first name before it,
 * a surname already seen in a person's name), an organisation (an organisation word after it),
 * a calendar word. These are hard rejections; softer evidence (an ordinary word at the start of
 * a sentence) is left to the place-likelihood model in `confidence.ts`.
 */

import { KIND_WORDS } from '../../gazetteer/index';
import {
	CLUB_PREFIXES,
	CLUB_SUFFIXES,
	commonWordRank,
	DEGREES,
	DIRECTIONS,
	FEATURE_SUFFIXES,
	FIRST_NAME,
	FUNCTION_WORDS,
	isGenericNoun,
	NEVER_PLACES,
	NON_PLACE_ABBREVIATIONS,
	ORG_SUFFIXES,
	POSTAL_CODES,
	PREFIX_TRIGGERS,
	STREET_WORDS,
	SUFFIX_TRIGGERS,
	TITLES
} from '../lexicon/index';
import type { Token } from '../tokenize';
import type { Chunk } from './chunks';
import { afterPartyTag, type Span } from './recognize';

export type Rejection =
	| 'person'
	| 'organisation'
	| 'calendar'
	| 'direction'
	| 'abbreviation'
	| 'street'
	| 'part-of-name'
	| 'disease'
	| null;

/**
 * A word that looks like a surname: capitalised and not an ordinary word ("Esper", "McKenzie"),
 * nor a day, a month or a faith ("in Alexandria Friday night").
 */
const surnameLike = (t: Token) =>
	t.cap &&
	!t.allCaps &&
	commonWordRank(t.lower) > 3000 &&
	!isGenericNoun(t.lower) &&
	!NEVER_PLACES.has(t.lower);

/**
 * How far back a capitalised run is read for evidence about a name. A title or first name further
 * back belongs to another name; the bound keeps a long run of capitalised words (a hostile text of
 * "Baghdad Baghdad …") linear instead of quadratic.
 */
const MAX_LOOKBACK = 8;

/** Words that head a league's group of teams in standings ("ATLANTIC DIVISION"). */
const LEAGUE_GROUPS = new Set(['division', 'conference', 'league']);

/** Club words that make a club only before a score (see `rejection`). */
const SCORED_CLUB_WORDS = new Set(['united', 'wednesday']);
/** Verbs of a match's result, after which such a pair is a club ("Manchester United beat"). */
const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'draws', 'lost', 'won', 'v', 'vs']);

/** First token of the capitalised run that ends before `at`, not crossing a connector ("of"). */
function runStart(tokens: Token[], chunk: Chunk, at: number): number {
	const limit = Math.max(chunk.from, at - MAX_LOOKBACK);
	let k = at;
	while (k > limit && (tokens[k - 1] as Token).cap) k--;
	return k;
}

/** Landforms named after a place ("Niger Delta") that the gazetteer does not hold. */
const LANDFORMS = new Set(['delta', 'basin', 'plateau', 'peninsula', 'desert', 'highlands']);

/** Nouns that make a name before them a pathogen's or a disease's ("Marburg virus"). */
const DISEASE_NOUNS = new Set(['virus', 'viruses', 'fever', 'disease', 'encephalitis', 'syndrome']);

/**
 * Whether a disease noun follows the name, right after it or after one adjective: "Marburg
 * virus", "Lyme disease", "Middle East respiratory syndrome", "Crimean-Congo haemorrhagic fever".
 * Such names keep the place only as a label; "flu" is left out ("Texas flu deaths" are Texan).
 */
function diseaseAfter(tokens: Token[], to: number): boolean {
	const next = tokens[to];
	if (next === undefined || next.gap !== 'space') return false;
	if (DISEASE_NOUNS.has(next.lower)) return true;
	const then = tokens[to + 1];
	return (
		!next.cap &&
		!FUNCTION_WORDS.has(next.lower) &&
		then !== undefined &&
		then.gap === 'space' &&
		DISEASE_NOUNS.has(then.lower)
	);
}

const ROUTE_NUMBER = /^\d{1,4}[A-Z]?$/;
const INITIAL = /^\p{Lu}\.$/u;
const isInitial = (t: Token | undefined) => t !== undefined && INITIAL.test(t.text);
/** Words after a surname: "Robert McDonald Jr.", "John M. McDonald III". */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** "St.", "St", "Saint", "Ste.": the word that makes the next one a saint's name. */
const SAINT = new Set(['st', 'saint', 'ste', 'sainte']);

/** Whether tokens `k`, `k + 1` are a saint's name ("St. Anne", "Saint Joseph"). */
function saintAt(tokens: Token[], k: number): boolean {
	const st = tokens[k];
	const name = tokens[k + 1];
	return st !== undefined && name !== undefined && SAINT.has(st.lower) && FIRST_NAME.has(name.text);
}

/** Nouns of a church, whose patron saints name it. */
const CHURCH_NOUNS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'abbey', 'parish']);

/**
 * Whether the words `[from, to)` follow "church of" or a capitalised run after them holds a
 * church's noun ("… Coptic Orthodox Church").
 */
function churchAround(tokens: Token[], from: number, to: number): boolean {
	const of = tokens[from - 1];
	if (of?.lower === 'of' && CHURCH_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
	for (let k = to; k < to + 4 && tokens[k]?.cap === true; k++) {
		if (CHURCH_NOUNS.has((tokens[k] as Token).lower)) return true;
	}
	return false;
}

/**
 * A first name as written, or in capitals ("By SARAH MILLER"): bylines and headlines set names in
 * capitals, and the surname after it is then no town.
 */
function firstNameAnyCase(t: Token): boolean {
	return (
		FIRST_NAME.has(t.text) || (t.allCaps && FIRST_NAME.has(t.text.charAt(0) + t.lower.slice(1)))
	);
}

/**
 * Whether the words before the surname-like word at `lastAt` make chunk `c` a person's name: a
 * middle initial ("Kijuan D. McDonald"), a first name or a title. Both tests of the initial run
 * every time, and one answer is returned: arithmetic or a call first met after optimisation
 * would throw the optimised caller away.
 */
function personBefore(tokens: Token[], c: Chunk, lastAt: number): boolean {
	const initialBefore = isInitial(tokens[lastAt - 1]);
	const firstBefore = lastAt - 2 >= c.from;
	if (initialBefore && firstBefore) return true;
	for (let k = runStart(tokens, c, c.to - 1); k < c.to - 1; k++) {
		const t = tokens[k] as Token;
		if (FIRST_NAME.has(t.text) || TITLES.has(t.lower)) return true;
	}
	return false;
}

/** Surnames (lower case) of the people named in the document, for "Esper said" later on. */
export function collectSurnames(tokens: Token[], chunks: Chunk[]): Set<string> {
	const surnames = new Set<string>();
	for (const c of chunks) {
		if (c.to - c.from < 2) continue;
		let lastAt = c.to - 1;
		if (NAME_SUFFIXES.has((tokens[lastAt] as Token).lower) && lastAt - 1 > c.from) lastAt--;
		const last = tokens[lastAt] as Token;
		if (!surnameLike(last)) continue;
		// "Logan-Rogersville": a word hyphened to a first name is no surname (a given name
		// is hyphened to another one, "Mary-Kate"; a place to another place).
		if (last.gap === 'hyphen' && firstNameAnyCase(tokens[lastAt - 1] as Token)) continue;
		// "London's Heathrow": a possessive ends a person's name; what follows is no surname.
		if ((tokens[lastAt - 1] as Token).possessive) continue;
		if (personBefore(tokens, c, lastAt)) surnames.add(last.lower);
	}
	return surnames;
}

/** Whether every word of `span` is a direction ("South East"), "far" allowed ("Far North"). */
function directionsOnly(tokens: Token[], span: Span): boolean {
	for (let k = span.from; k < span.to; k++) {
		const lower = (tokens[k] as Token).lower;
		if (!DIRECTIONS.has(lower) && lower !== 'far') return false;
	}
	return true;
}

/**
 * Why `span` is not a place, or null when nothing says so. `covered[i]` tells whether token i
 * belongs to some recognised name or demonym.
 */
export function rejection(
	span: Span,
	tokens: Token[],
	chunk: Chunk | null,
	surnames: Set<string>,
	covered: Uint8Array,
	isMajor: (span: Span) => boolean = () => false
): Rejection {
	const first = tokens[span.from] as Token;
	const words = span.to - span.from;
	if (words === 1 && NEVER_PLACES.has(first.lower)) return 'calendar';
	if (words === 1 && DIRECTIONS.has(first.lower)) return 'direction';
	if (words === 1 && first.text.endsWith('.') && NON_PLACE_ABBREVIATIONS.has(first.lower))
		return 'abbreviation';
	// "Jane Doe, M.D.": a degree after a name and a comma.
	if (words === 1 && first.gap === 'comma' && DEGREES.has(first.text)) return 'abbreviation';
	if (words === 1 && !first.allCaps) {
		// Two letters not in capitals ("No", "In") are words, not codes.
		if (first.lower.length <= 2) return 'abbreviation';
	}
	// "OK", "PA officials", "KY 90": a postal code alone (after a town's comma it is read as the
	// state before these filters).
	if (words === 1 && first.text.length === 2 && POSTAL_CODES.has(first.lower))
		return 'abbreviation';
	const after = tokens[span.to];
	const last = tokens[span.to - 1] as Token;
	const joined =
		after !== undefined && after.cap && (after.gap === 'space' || after.gap === 'none');
	if (joined && STREET_WORDS.has(after.lower)) return 'street';
	if (diseaseAfter(tokens, span.to)) return 'disease';
	// "Niger Delta", "Congo Basin", "Jos Plateau": a landform named after the place is another,
	// larger place, which the gazetteer lacks; the name alone would put it at the country's
	// centre, hundreds of kilometres away.
	if (joined && after.gap === 'space' && LANDFORMS.has(after.lower)) return 'part-of-name';
	// "ATLANTIC DIVISION", "EASTERN CONFERENCE": a heading in capitals of a league's standings
	// names a group of teams, not the ocean or Fiji's Eastern Division.
	if (first.allCaps && last.allCaps) {
		const word = joined && after.allCaps ? after.lower : words > 1 ? last.lower : '';
		if (LEAGUE_GROUPS.has(word)) return 'organisation';
	}
	// "US-24", "NC-12": a code in capitals hyphened to a number is a route's number.
	if (
		words === 1 &&
		first.allCaps &&
		first.text.length <= 3 &&
		after?.gap === 'hyphen' &&
		ROUTE_NUMBER.test(after.text)
	)
		return 'street';
	// "Far North Queensland", "North West England": direction words read as a place of their own
	// ("North West", a province elsewhere) before a name they qualify are a part of that region.
	if (words > 1 && joined && covered[span.to] === 1 && directionsOnly(tokens, span))
		return 'direction';
	// "Miss Ohio", "Gen. Lee": a title alone is no place, even where a town has its name.
	if (words === 1 && joined && TITLES.has(first.lower)) return 'person';
	// "University of Georgia", "Department of Health": an institution's noun before "of" heads its
	// name ("Gulf of Alaska", a feature's, is left to the gazetteer).
	if (
		words === 1 &&
		after?.lower === 'of' &&
		after.gap === 'space' &&
		isGenericNoun(first.lower) &&
		!SUFFIX_TRIGGERS.has(first.lower)
	)
		return 'part-of-name';
	// "the White Mountains", "the North Island": a feature called after an ordinary word or a
	// direction is no namesake of the place the word alone names (White, Georgia; North,
	// Cameroon), as "Cedar River" is of Cedar Rapids' river.
	// Only where the feature is read off the word alone (the query): "Battle Creek", "Long
	// Island" are indexed as they are written.
	if (
		words === 2 &&
		FEATURE_SUFFIXES.has(last.lower) &&
		!span.query.includes(' ') &&
		(DIRECTIONS.has(first.lower) || commonWordRank(first.lower) < Infinity)
	)
		return 'part-of-name';
	// "the Canton of Jura", "the Municipality of Utuado": a kind word alone before "of" and a
	// name is what the name is, not a place called after the word (Canton, Ohio).
	if (
		words === 1 &&
		after?.lower === 'of' &&
		after.gap === 'space' &&
		KIND_WORDS[first.lower] !== undefined &&
		tokens[span.to + 1]?.cap === true
	)
		return 'part-of-name';
	// "Mount Hood's", "Lake Cumberland Area": a trigger word alone is the start of a longer name.
	if (
		words === 1 &&
		joined &&
		(PREFIX_TRIGGERS[first.lower] !== undefined || SUFFIX_TRIGGERS.has(first.lower))
	)
		return 'part-of-name';
	// "Lakes Edge Apartments", "Hail Trump": a name that is an ordinary word, before a capitalised
	// word that is no place nor an institution's noun ("Reading Council"), starts another name.
	if (
		words === 1 &&
		joined &&
		after.gap === 'space' &&
		!covered[span.to] &&
		!first.allCaps &&
		commonWordRank(first.lower) < Infinity &&
		!isGenericNoun(after.lower) &&
		!isGenericNoun(first.lower)
	)
		return 'part-of-name';
	// "Circuit Breaker Sales", "Ridgeway Funeral Home": capitalised words before the name that are
	// no place themselves make it the tail of another name.
	if (chunk && span.form === 'name') {
		const from = runStart(tokens, chunk, span.from);
		// "Team Ohio", "Education Oregon": a state or province after such words is still named, as
		// the outfit's place (a town's name there is more often a person's or a firm's).
		const lead = from < span.from && isMajor(span) ? span.from : from;
		for (let k = lead; k < span.from; k++) {
			const t = tokens[k] as Token;
			if (covered[k] || t.sentStart || t.titleLine || DIRECTIONS.has(t.lower)) continue;
			// "The Alexandria Blizzard", "A Metcalfe County man": an article is no part of a name.
			if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') continue;
			// "D-Charleston": a party letter tags the place after it.
			if (afterPartyTag(tokens, k + 1)) continue;
			// "CBC Toronto", "CTV Winnipeg": an acronym before a place names an outfit there (not
			// initials: "C.M. Gatton").
			if (t.allCaps && t.lower.length <= 5 && !t.text.includes('.')) continue;
			if (TITLES.has(t.lower) || FIRST_NAME.has(t.text)) continue;
			return 'part-of-name';
		}
		// "Illinois University": an ordinary word right after a place names what is there. Not
		// after a hyphen: "Russia-Turkey ties", "Egyptian-US relations" pair two places.
		// Not after a function word opening the sentence ("Is US aid…", "In Iraq"): that word is
		// no place, only capitalised.
		const opener = tokens[Math.max(0, span.from - 1)] as Token;
		if (
			words === 1 &&
			first.gap !== 'hyphen' &&
			from < span.from &&
			covered[span.from - 1] &&
			!((opener.sentStart || opener.titleLine) && FUNCTION_WORDS.has(opener.lower)) &&
			commonWordRank(first.lower) < Infinity
		)
			return 'part-of-name';
	}
	// "St. Patrick's Day", "St. Mary's Hospital": a saint (a given name) in the possessive before
	// another capitalised word names a feast or an institution after the saint, not a town
	// ("St. Petersburg's airport" is the town's).
	if (
		words === 2 &&
		SAINT.has(first.lower) &&
		FIRST_NAME.has(last.text) &&
		last.possessive &&
		after !== undefined &&
		after.cap &&
		after.gap === 'space'
	)
		return 'part-of-name';
	// "the church of St. Anne and St. Joseph", "the St. Anne and St. Joseph Church": two saints
	// joined by "and" with a church's noun are its patrons, not two towns ("St. Paul and St.
	// Louis" are).
	if (words === 2 && SAINT.has(first.lower) && FIRST_NAME.has(last.text)) {
		let from = -1;
		if (after?.lower === 'and' && saintAt(tokens, span.to + 1)) from = span.from;
		if (tokens[span.from - 1]?.lower === 'and' && saintAt(tokens, span.from - 3))
			from = span.from - 3;
		if (from >= 0 && churchAround(tokens, from, from + 5)) return 'part-of-name';
	}
	const prev = tokens[span.from - 1];
	// A title right before the name: "Gen. Milley", "President Trump", "Mr Johnson".
	if (prev && TITLES.has(prev.lower) && prev.cap && span.form === 'name') return 'person';
	// "D. McDonald", "McDonald Jr.": an initial before or a generational suffix after.
	if (isInitial(prev) && first.gap === 'space' && words === 1) return 'person';
	const nextWord = tokens[span.to];
	if (nextWord && NAME_SUFFIXES.has(nextWord.lower) && nextWord.cap && !last.possessive)
		return 'person';
	// "Bayern Munich", "PSV Eindhoven": a club's word before a town makes the pair a club; the
	// club's word itself is none of the place it may also name ("Bayern", "Ajax").
	// Not initials: "S.C. Highway Patrol" is South Carolina's.
	const clubBefore =
		prev !== undefined &&
		first.gap === 'space' &&
		prev.cap &&
		!prev.text.includes('.') &&
		CLUB_PREFIXES.has(prev.lower);
	const clubWord =
		words === 1 &&
		joined &&
		after.gap === 'space' &&
		!first.allCaps &&
		CLUB_PREFIXES.has(first.lower);
	if (clubBefore || clubWord) return 'organisation';
	// "Blackburn Rovers": a club's word after a town. "Manchester United 2", "Sheffield Wednesday
	// 1", "Leeds United beat": these words only with a score or a result's verb after them: alone
	// "United" names groups of many kinds, and "Wednesday" after a town is when something
	// happened there.
	const score = tokens[span.to + 1];
	const club =
		CLUB_SUFFIXES.has(after?.lower ?? '') ||
		(SCORED_CLUB_WORDS.has(after?.lower ?? '') &&
			score !== undefined &&
			score.gap === 'space' &&
			(/^\d{1,2}$/.test(score.text) || MATCH_VERBS.has(score.lower)));
	if (joined && after.gap === 'space' && club) return 'organisation';
	// "Stevens & Wilkinson": names joined by an ampersand are a firm.
	if (first.ampersand || nextWord?.ampersand) return 'organisation';
	if (chunk) {
		// A first name or title earlier in the same capitalised run: "Prime Minister Boris Johnson".
		for (let k = runStart(tokens, chunk, span.from); k < span.from; k++) {
			const t = tokens[k] as Token;
			// Not a first name hyphened to the name: "Logan-Rogersville", "Washington-Moscow". Nor
			// one in the possessive before a name that ends there: "Kenya's Garissa County",
			// "France's Brittany" name a place of a place, as a given name is not written in the
			// possessive before its surname ("Virginia's Jefferson National Forest" goes on).
			const possessive = t.possessive && !joined;
			const firstName =
				k === span.from - 1 && firstNameAnyCase(t) && first.gap !== 'hyphen' && !possessive;
			if (TITLES.has(t.lower) || firstName) return 'person';
		}
		if (after && span.to < chunk.to) {
			if (ORG_SUFFIXES.has(after.lower) && after.lower !== 'co') return 'organisation';
			// "Donald J. Trump": look past a middle initial.
			const initial = /^\p{Lu}\.$/u.test(after.text);
			const surname = initial ? tokens[span.to + 1] : after;
			// "Mark Esper": a first name followed by a surname-like word that is no kind word (after
			// a space: "Paris-Henry County" pairs two places), nor a title ("Florida Senator Marco
			// Rubio"); not after a possessive ("Virginia's Jefferson National Forest").
			if (
				words === 1 &&
				after.gap !== 'hyphen' &&
				!last.possessive &&
				FIRST_NAME.has(first.text) &&
				surname !== undefined &&
				surnameLike(surname) &&
				!TITLES.has(surname.lower) &&
				!SUFFIX_TRIGGERS.has(surname.lower)
			)
				return 'person';
		}
	}
	if (words === 1 && surnames.has(first.lower)) return 'person';
	return null;
}
