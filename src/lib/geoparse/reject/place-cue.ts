/**
 * "in Ho, the capital of the Volta Region", "Ho, Ghana", "the city of Ho": a short name a reject
 * rule would take for a word (two letters, "Ho") is a place when the words right around it say
 * so: an apposition that defines it as a place, a country or first-level division after its
 * comma, a settlement's noun and "of" before it, or a preposition of place before it in a
 * sentence that names the division a reading of it lies in ("queues in Ho" beside "the Volta
 * Region"). Read only where such a rule would fire, so
 * every other name pays nothing. "Ho said", "Mr. Ho" have none of these.
 */

import { KIND_WORDS, type LookupOptions } from '../../gazetteer/index';
import { definingNoun } from '../context/defining-noun';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';
import type { RejectInput } from './input';

export const placeCue: RuleInfo = {
	id: 'reject/place-cue',
	description:
		'words right around a short name make it a place ("in Ho, the capital of the Volta Region", "Ho, Ghana")'
};

/** Countries and first-level divisions only. */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };

/** The name's own readings, exact spellings only. */
const NAME_QUERY: LookupOptions = { limit: 5, loose: false };

/** Capitalised words at most of the country or division after the comma ("Central Java"). */
const MAX_QUALIFIER_WORDS = 3;

const ARTICLES = new Set(['a', 'an', 'the']);

/** "Ho, Ghana", "Solo, Central Java": a country or first-level division after the comma. */
function qualifiedByMajor(x: RejectInput): boolean {
	const tokens = x.tokens;
	const k = x.span.to;
	const first = tokens[k];
	if (first === undefined || first.gap !== 'comma' || !first.cap) return false;
	let to = k + 1;
	while (
		to < tokens.length &&
		to - k < MAX_QUALIFIER_WORDS &&
		(tokens[to] as Token).cap &&
		(tokens[to] as Token).gap === 'space'
	)
		to++;
	const query = tokens
		.slice(k, to)
		.map((t) => t.text)
		.join(' ');
	return x.gaz.lookup(query, MAJOR_QUERY).some((c) => c.place.name === query);
}

/** "the city of Ho", "the town of Ho": a settlement's or division's noun and "of" before it. */
function kindLeadBefore(x: RejectInput): boolean {
	const of = x.prev;
	const kind = x.tokens[x.span.from - 2];
	return (
		of !== undefined &&
		of.lower === 'of' &&
		!of.cap &&
		x.first.gap === 'space' &&
		kind !== undefined &&
		!kind.cap &&
		KIND_WORDS[kind.lower] !== undefined
	);
}

/** Prepositions of place before a name ("queues in Ho"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'outside']);

/** Words at most read on each side of the name for its division's name, in its sentence. */
const SENTENCE_WINDOW = 30;

/** Whether the words of `name` are written, capitalised, from token `k` on. */
function namedAt(tokens: Token[], k: number, words: string[]): boolean {
	for (let w = 0; w < words.length; w++) {
		const t = tokens[k + w];
		if (t === undefined || !t.cap || t.text !== words[w]) return false;
	}
	return true;
}

/**
 * Whether the name's sentence names `division` ("Volta", "Central Java") within
 * `SENTENCE_WINDOW` words of token `from`.
 */
export function inSentence(tokens: Token[], from: number, division: string): boolean {
	const words = division.split(' ');
	const opens = (tokens[from] as Token).sentStart;
	for (let k = from - 1; !opens && k >= Math.max(0, from - SENTENCE_WINDOW); k--) {
		const t = tokens[k] as Token;
		if (namedAt(tokens, k, words)) return true;
		if (t.sentStart) break;
	}
	for (let k = from + 1; k < Math.min(tokens.length, from + SENTENCE_WINDOW); k++) {
		const t = tokens[k] as Token;
		if (t.sentStart) break;
		if (namedAt(tokens, k, words)) return true;
	}
	return false;
}

/**
 * "Voters in the Volta Region … complained of long queues in Ho": after a preposition of place,
 * a reading of the name lies in a first-level division its sentence names.
 */
function inNamedDivision(x: RejectInput): boolean {
	const prev = x.prev;
	if (prev === undefined || prev.cap || !PLACE_PREPOSITIONS.has(prev.lower)) return false;
	if (x.first.gap !== 'space') return false;
	for (const c of x.gaz.lookup(x.span.query, NAME_QUERY)) {
		const division = c.place.admin1Name;
		if (division && c.place.kind !== 'admin1' && inSentence(x.tokens, x.span.from, division))
			return true;
	}
	return false;
}

/** Whether the words right around the name say it is a place (see above). */
export function hasPlaceCue(x: RejectInput): boolean {
	const after = x.after;
	// "Ho, the capital of the Volta Region": the apposition's words only (no text is read).
	if (after !== undefined && after.gap === 'comma' && ARTICLES.has(after.lower))
		return definingNoun(x.span, x.tokens, '') >= 0;
	return kindLeadBefore(x) || qualifiedByMajor(x) || inNamedDivision(x);
}
