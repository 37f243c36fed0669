/**
 * The spans of a text that may name places: what the recogniser finds, less what the filters
 * reject (people, organisations, calendar words, parts of longer names).
 */

import type { LookupOptions } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { Token } from '../tokenize';
import { commonWordRank, FIRST_NAME, OBJECT_PREPOSITIONS } from '../lexicon/index';
import { findChunks } from './chunks';
import { collectSurnames, rejection } from './filters';
import { recognize, type Span } from './recognize';

/** Countries and first-level divisions only (one shared object: the memo keys on it). */
const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };
const TOP_QUERY: LookupOptions = { limit: 1, loose: false };

/**
 * Whether a one-word span is a surname of the document's people standing where no place is
 * expected: not after a preposition of place ("to Jordan") nor in the possessive before a noun
 * of a place's people or authorities.
 */
function surnameAlone(s: Span, tokens: Token[], names: Set<string>): boolean {
	const first = tokens[s.from] as Token;
	if (s.to - s.from !== 1 || !names.has(first.lower)) return false;
	const prev = tokens[s.from - 1];
	return !(prev !== undefined && first.gap === 'space' && OBJECT_PREPOSITIONS.has(prev.lower));
}

/** Name and demonym spans that survive the filters, in reading order. */
export function placeSpans(text: string, tokens: Token[], gaz: MemoGazetteer): Span[] {
	const { chunks, chunkOf } = findChunks(tokens);
	// A surname that is also a country or state ("Michael Jordan") makes it a person later only
	// where no preposition of place stands before it ("Jordan said", not "flew to Jordan").
	const surnames = new Set<string>();
	const majorSurnames = new Set<string>();
	for (const s of collectSurnames(tokens, chunks)) {
		if (gaz.lookup(s, MAJOR_QUERY).length === 0) surnames.add(s);
		else majorSurnames.add(s);
	}
	const recognised = recognize(text, tokens, gaz);
	const covered = new Uint8Array(tokens.length);
	for (const s of recognised) covered.fill(1, s.from, s.to);
	// A first-level division by its own name, no ordinary word nor first name ("Centre", "Georgia"):
	// countries are left out, as parties take their names ("United Russia").
	const isMajor = (s: Span) => {
		const top = gaz.lookup(s.query, TOP_QUERY)[0];
		return (
			top !== undefined &&
			top.place.kind === 'admin1' &&
			top.place.name === s.query &&
			!s.query
				.split(' ')
				.some((w) => commonWordRank(w.toLowerCase()) < Infinity || FIRST_NAME.has(w))
		);
	};
	const spans: Span[] = [];
	for (const s of recognised) {
		const chunk = chunks[chunkOf[s.from] ?? -1] ?? null;
		if (s.form === 'demonym') {
			// "Scottish and North Irish Yeomanry": a demonym before more of a name is part of it
			// ("British and American troops" is two demonyms).
			const last = chunk ? (tokens[chunk.to - 1] as Token) : null;
			if (!chunk || chunk.to === s.to || gaz.demonym(last?.text ?? '') !== null) spans.push(s);
		} else if (s.fixed !== null) {
			spans.push(s);
		} else if (
			rejection(s, tokens, chunk, surnames, covered, isMajor) === null &&
			!(majorSurnames.size > 0 && surnameAlone(s, tokens, majorSurnames))
		) {
			spans.push(s);
		}
	}
	return spans;
}
