/**
 * Cues that a recognised name is not a place here: a person (a title or a first name before it,
 * a surname already seen in a person's name), an organisation (an organisation word after it),
 * a calendar word. These are hard rejections; softer evidence (an ordinary word at the start of
 * a sentence) is left to the place-likelihood model in `confidence.ts`.
 */

import {
	commonWordRank,
	FIRST_NAME,
	NEVER_PLACES,
	ORG_SUFFIXES,
	SUFFIX_TRIGGERS,
	TITLES
} from '../lexicon/index';
import type { Token } from '../tokenize';
import type { Chunk } from './chunks';
import type { Span } from './recognize';

export type Rejection = 'person' | 'organisation' | 'calendar' | null;

/** A word that looks like a surname: capitalised and not an ordinary word ("Esper", "McKenzie"). */
const surnameLike = (t: Token) => t.cap && !t.allCaps && commonWordRank(t.lower) > 3000;

/** Surnames (lower case) of the people named in the document, for "Esper said" later on. */
export function collectSurnames(tokens: Token[], chunks: Chunk[]): Set<string> {
	const surnames = new Set<string>();
	for (const c of chunks) {
		if (c.to - c.from < 2) continue;
		const last = tokens[c.to - 1] as Token;
		if (!surnameLike(last)) continue;
		for (let k = c.from; k < c.to - 1; k++) {
			const t = tokens[k] as Token;
			if (FIRST_NAME.has(t.text) || TITLES.has(t.lower)) {
				surnames.add(last.lower);
				break;
			}
		}
	}
	return surnames;
}

/** Why `span` is not a place, or null when nothing says so. */
export function rejection(
	span: Span,
	tokens: Token[],
	chunk: Chunk | null,
	surnames: Set<string>
): Rejection {
	const first = tokens[span.from] as Token;
	const words = span.to - span.from;
	if (words === 1 && NEVER_PLACES.has(first.lower)) return 'calendar';
	const prev = tokens[span.from - 1];
	// A title right before the name: "Gen. Milley", "President Trump", "Mr Johnson".
	if (prev && TITLES.has(prev.lower) && prev.cap && span.form === 'name') return 'person';
	if (chunk) {
		// A first name or title earlier in the same capitalised run: "Prime Minister Boris Johnson".
		for (let k = chunk.from; k < span.from; k++) {
			const t = tokens[k] as Token;
			if (TITLES.has(t.lower) || (FIRST_NAME.has(t.text) && k === span.from - 1)) return 'person';
		}
		const after = tokens[span.to];
		if (after && span.to < chunk.to) {
			if (ORG_SUFFIXES.has(after.lower)) return 'organisation';
			// "Mark Esper": a first name followed by a surname-like word that is no kind word.
			if (
				words === 1 &&
				FIRST_NAME.has(first.text) &&
				surnameLike(after) &&
				!SUFFIX_TRIGGERS.has(after.lower)
			)
				return 'person';
		}
	}
	if (words === 1 && surnames.has(first.lower)) return 'person';
	return null;
}
