/**
 * The defining noun of a definition's first sentence: "Lima is a city …", "Dunmore is the county
 * seat of …". Its subject is a place whatever else its name means.
 */

import { commonWordRank, DEFINING_NOUNS, DIRECTIONS, FUNCTION_WORDS } from '../lexicon/index';
import type { Span } from '../record';
import type { Token } from '../tokenize';

const ARTICLES = new Set(['a', 'an', 'the']);

/** Lower-case words at most between the article and the defining noun ("a home rule-class city"). */
const MAX_MODIFIERS = 5;

/** Words at most in an aside between the subject and its verb ("Lima (/ˈlaɪmə/ LY-mə) is"). */
const MAX_ASIDE = 16;

/**
 * The index of the first token after an aside that opens at token `k`: a bracket ("Dąbrowa
 * [dɔmˈbrɔva] is", "Bolton (also known as Bolton Notch) is") or a comma closed before "is"
 * ("Georgia, officially the Town of Georgia, is"); `k` itself when no aside opens there, -1 when
 * one does not close soon.
 */
function afterAside(text: string, tokens: Token[], k: number): number {
	const first = tokens[k];
	if (first === undefined) return -1;
	if (first.gap === 'comma') {
		for (let m = k + 1; m < tokens.length && m - k < MAX_ASIDE; m++) {
			const t = tokens[m] as Token;
			if (t.sentStart) return -1;
			if (t.gap === 'comma') return VERBS.has(t.lower) ? m : -1;
		}
		return -1;
	}
	if (first.gap !== 'other') return k;
	let open = 0;
	for (let m = k; m < tokens.length && m - k < MAX_ASIDE; m++) {
		// The gap's characters read in place: no string cut for each word of the aside.
		const end = (tokens[m] as Token).start;
		for (let c = (tokens[m - 1] as Token).end; c < end; c++) {
			const ch = text.charCodeAt(c);
			if (ch === 40 || ch === 91) open++;
			else if ((ch === 41 || ch === 93) && open > 0) open--;
		}
		if (open === 0) return m;
	}
	return -1;
}

const VERBS = new Set(['is', 'was']);

/**
 * The index of the noun that defines span `span` as a place ("Lima is a city", "Mobile is the
 * county seat", "Clinton Township is one of the fifteen townships"), or -1. The name opens its
 * sentence and is the subject of "is"/"was", an aside allowed between, or an appositive follows
 * it ("Bolton, a town in …"); an article may come next, then a few lower-case modifiers, then
 * the noun.
 */
export function definingNoun(span: Span, tokens: Token[], text: string): number {
	const first = tokens[span.from] as Token;
	const after = tokens[span.to];
	// "in Kingston, a town of 12,000 in Plymouth County,", "Salem, the capital of Oregon": an
	// appositive defines the name too. Not an ordinary word opening a sentence ("Meanwhile, the
	// county might"), and after "the" only a noun "of" something.
	if (after !== undefined && after.gap === 'comma' && ARTICLES.has(after.lower)) {
		// "Meanwhile, a town in Kent voted": an adverb opening the sentence, no name.
		if (first.sentStart && sentenceAdverb(first.lower)) return -1;
		const opener = first.sentStart && commonWordRank(first.lower) < Infinity;
		if (opener) return openerApposition(span, tokens);
		const noun = nounAfter(tokens, span.to + 1);
		const of = tokens[noun + 1]?.lower === 'of';
		return after.lower !== 'the' || of ? noun : -1;
	}
	if (!first.sentStart || span.to >= tokens.length) return -1;
	const v = afterAside(text, tokens, span.to);
	const verb = tokens[v];
	if (verb === undefined || !VERBS.has(verb.lower)) return -1;
	if (v === span.to && verb.gap !== 'space') return -1;
	let k = v + 1;
	// "one of the twenty-two townships of …"
	if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
	const article = tokens[k];
	if (article !== undefined && article.gap === 'space' && ARTICLES.has(article.lower)) k++;
	return nounAfter(tokens, k);
}

/** Adverbs that open a sentence before a comma ("Meanwhile, …", "Separately, …"). */
const SENTENCE_ADVERBS = new Set(
	`meanwhile however moreover furthermore nevertheless nonetheless therefore instead still
also later earlier elsewhere overall indeed thus hence yet then now today yesterday besides
afterwards otherwise again first second third next last finally`.split(/\s+/)
);

/**
 * Whether a word opening a sentence is an adverb: one of the list, or an ordinary word ending in
 * "-ly" ("Separately"; not "Ely" or "Burnley").
 */
export const sentenceAdverb = (lower: string) =>
	SENTENCE_ADVERBS.has(lower) || (lower.endsWith('ly') && commonWordRank(lower) < Infinity);

/** Nouns of settlements an ordinary word opening a sentence may be defined by. */
const SETTLEMENT_NOUNS = new Set(
	'town city village port resort suburb borough hamlet municipality commune'.split(' ')
);

/** Words after such a noun that place it: "a town in Kent", "a port city on the Adriatic". */
const PLACING_AFTER = new Set(['in', 'near', 'on', 'outside', 'of', 'off', 'just', 'about']);

/**
 * "Reading, a town west of London,", "Split, a port in Croatia,", "Deal, a town in Kent,": an
 * ordinary word opening a sentence is a place's name when the apposition after it is "a", a
 * settlement's noun and where it lies. Not an adverb ("Still, a town in Kent voted …" is rare
 * beside "Meanwhile, the county might"): only "a"/"an", a settlement noun, then a preposition
 * of place or a direction.
 */
function openerApposition(span: Span, tokens: Token[]): number {
	const first = tokens[span.from] as Token;
	if (span.to - span.from !== 1 || FUNCTION_WORDS.has(first.lower)) return -1;
	const article = tokens[span.to] as Token;
	if (article.lower !== 'a' && article.lower !== 'an') return -1;
	const noun = nounAfter(tokens, span.to + 1);
	if (noun < 0 || !SETTLEMENT_NOUNS.has((tokens[noun] as Token).lower)) return -1;
	const next = tokens[noun + 1];
	if (next === undefined || next.cap || next.gap !== 'space') return -1;
	return PLACING_AFTER.has(next.lower) || DIRECTIONS.has(next.lower) ? noun : -1;
}

/** The defining noun among the few lower-case modifiers from token `k` on, or -1. */
function nounAfter(tokens: Token[], k: number): number {
	for (let n = 0; n < MAX_MODIFIERS && k < tokens.length; n++, k++) {
		const t = tokens[k] as Token;
		if (t.cap || (t.gap !== 'space' && t.gap !== 'hyphen')) return -1;
		if (DEFINING_NOUNS.has(t.lower)) return nounEnd(tokens, k);
		// "Jones is a native of the town": the noun is no longer what the subject is.
		if (FUNCTION_WORDS.has(t.lower)) return -1;
	}
	return -1;
}

/** Words after the defining noun that say where it is ("a village located in …"). */
const PLACING = new Set(['located', 'situated', 'lying']);

/**
 * The last word of the defining noun starting at `k` ("county seat"), or -1 when a noun goes on
 * after it: "Jordan is a city councilman", "Taylor is a town official" define a person.
 */
function nounEnd(tokens: Token[], k: number): number {
	let end = k;
	while (tokens[end + 1]?.gap === 'space' && DEFINING_NOUNS.has((tokens[end + 1] as Token).lower))
		end++;
	const next = tokens[end + 1];
	if (next === undefined || (next.gap !== 'space' && next.gap !== 'hyphen')) return end;
	// "a town west of London": where it lies.
	return FUNCTION_WORDS.has(next.lower) || PLACING.has(next.lower) || DIRECTIONS.has(next.lower)
		? end
		: -1;
}
