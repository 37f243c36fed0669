/**
 * "Lake Crook", "Taksim Square", "the Ataturk Olympic Stadium", "the Rímac River": capitalised
 * words that open or close with a feature's kind word name a place by their own words, even
 * when the gazetteer holds nothing of that name. Such a name, when no mention of the story
 * covers any of its words, is listed as unresolved (not on the map, with a way to find or pin
 * it) instead of passing silently. Not in a headline, where every word is capitalised; not a
 * name that ends as an institution's or a street's ("Lake Forest College", "Lake Shore Drive").
 */

import { DIRECTIONS } from './lexicon/index';
import type { NameRecord, RuleInfo } from './record';
import { featureOfWord } from './reject/feature-of-word';
import { reduplicated } from './reject/reduplicated';
import { tailOfName } from './reject/tail-of-name';
import { triggerAlone } from './reject/trigger-alone';
import { wordAfterPlace } from './reject/word-after-place';
import { placenessCut } from './resolve/places';
import type { Token } from './tokenize';
import { nameWord } from './unknown-settlement';

export const unknownFeature: RuleInfo = {
	id: 'output/unknown-feature',
	description:
		'a name the gazetteer lacks, opened or closed by a kind word ("Lake Crook", "Taksim Square")'
};

/** Kind words that open a feature's name ("Lake Crook", "Mount Hood"). */
const LEADS = new Set(['lake', 'mount', 'mt', 'cape', 'isla', 'isle']);

/** Kind words that close a feature's name ("Taksim Square", "Pat Mayse Lake", "Sape Strait"). */
const TAILS = new Set(
	`lake lakes river square stadium arena gorge bridge falls dam reservoir canyon valley creek
island islands bay peninsula glacier volcano airport strait alps reservation cliffs mesa butte
plateau mountains`.split(/\s+/)
);

/** Two words that close a name of indigenous land ("Neskantaga First Nation"). */
const closesWithFirstNation = (before: Token | undefined, last: Token) =>
	last.lower === 'nation' && before !== undefined && before.lower === 'first';

/** Last words that make a name opened by a kind word an institution's or a street's. */
const NOT_FEATURE_ENDS = new Set(
	`college university school academy high elementary church hospital clinic center centre club
association council company corporation inc road street avenue drive boulevard lane way court
mall hotel resort apartments estates subdivision press times news`.split(/\s+/)
);

/** Words a feature's name may hold besides its own ("Ataturk Olympic Stadium"): at most 4. */
const MAX_WORDS = 5;

/** Rejections that say a word is part of a longer name: that name is still to be read. */
const PART_OF_LONGER = new Set([
	reduplicated.id,
	triggerAlone.id,
	tailOfName.id,
	wordAfterPlace.id,
	featureOfWord.id
]);

/**
 * The tokens read as names already: every kept record but those left off the map as too weak a
 * place, and every rejected one but those rejected as part of a longer name ("Lake" of "Lake
 * Crook").
 */
export function coveredTokens(
	tokens: Token[],
	records: NameRecord[],
	rejected: NameRecord[]
): Uint8Array {
	const covered = new Uint8Array(tokens.length);
	for (const r of records) {
		// A word read but left off the map as too weak a place ("Book" of "the Book Cliffs").
		if (r.group?.trace.includes(placenessCut.id) !== true) covered.fill(1, r.span.from, r.span.to);
	}
	for (const r of rejected) {
		const rule = r.trace.at(-1);
		if (rule === undefined || !PART_OF_LONGER.has(rule)) covered.fill(1, r.span.from, r.span.to);
	}
	return covered;
}

/**
 * Kind words in lower case after a name that make it a feature ("Viru Viru airport", "the
 * Chaliyar river"): the name's words must be no ordinary words ("the Central river").
 */
const LOWER_TAILS = new Set(
	'airport river lake dam bridge stadium volcano glacier canal reservoir'.split(' ')
);

/** Whether the run `[from, to)` is a name the gazetteer lacks before a lower-case kind word. */
function lowerTail(tokens: Token[], covered: Uint8Array, from: number, to: number): boolean {
	const kind = tokens[to];
	if (kind === undefined || kind.cap || kind.gap !== 'space' || !LOWER_TAILS.has(kind.lower))
		return false;
	if (to - from < 1 || to - from > MAX_WORDS - 1) return false;
	for (let k = from; k < to; k++) {
		const t = tokens[k] as Token;
		if (covered[k] || t.possessive || !nameWord(t) || DIRECTIONS.has(t.lower)) return false;
	}
	return !(tokens[from] as Token).sentStart;
}

/** A capitalised word joined to the one before it by a space. */
const joined = (t: Token | undefined) => t !== undefined && t.cap && t.gap === 'space';

/**
 * The `[start, end)` of the names of features the gazetteer lacks (see above); `covered[i]`
 * is set for the tokens of every mention already read.
 */
export function unknownFeatures(tokens: Token[], covered: Uint8Array): [number, number][] {
	const out: [number, number][] = [];
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i] as Token;
		if (!first.cap || first.titleLine) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < tokens.length && joined(tokens[j])) j++;
		// [i, j): one run of capitalised words; a leading "The" is no part of the name.
		const from = first.lower === 'the' ? i + 1 : i;
		const words = j - from;
		const head = tokens[from] as Token | undefined;
		const last = tokens[j - 1] as Token;
		let free = words >= 2 && words <= MAX_WORDS;
		for (let k = from; free && k < j; k++) if (covered[k]) free = false;
		// A sentence's first word is capitalised whatever it is: "Bridge repairs began".
		const lead =
			head !== undefined &&
			LEADS.has(head.lower) &&
			!head.sentStart &&
			!NOT_FEATURE_ENDS.has(last.lower);
		const tail =
			TAILS.has(last.lower) || (words >= 3 && closesWithFirstNation(tokens[j - 2], last));
		if (free && (lead || tail)) out.push([(head as Token).start, last.end]);
		else if (head !== undefined && lowerTail(tokens, covered, from, j))
			out.push([head.start, (tokens[j] as Token).end]);
		i = j;
	}
	return out;
}
