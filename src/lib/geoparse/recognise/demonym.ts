/**
 * "Spanish", "Canadian": a word that is a demonym is one, even where a town has its name. A
 * single letter never is ("Avenue S", "S-10"), whatever a demonym list abbreviates; a word that
 * names a country or a first-level division ("US", "Georgia") is read as that name.
 */

import type { LookupOptions, Place } from '../../gazetteer/index';
import type { MemoGazetteer } from '../memo';
import type { RuleInfo, Span } from '../record';
import type { Token } from '../tokenize';

export const demonymRule: RuleInfo = {
	id: 'recognise/demonym',
	description: 'a demonym ("Iraqi") stands for its country, even where a town has its name'
};

const MAJOR_QUERY: LookupOptions = { limit: 1, kinds: ['country', 'admin1'], loose: false };

/** The country the word at `first` is a demonym of, or null. */
export function demonymAt(first: Token, gaz: MemoGazetteer): Place | null {
	return first.lower.length > 1 ? gaz.demonym(first.text) : null;
}

/**
 * Whether the demonym wins over a one-word name read at the same word: not in capitals (a
 * headline's "IRAQI" may be anything) nor a country's or division's own name. Asked of every
 * demonym, not only of one a name starts with (memoised, so nearly free): a call first made
 * after the recogniser is optimised would throw the optimised code away.
 */
export function demonymWins(first: Token, gaz: MemoGazetteer): boolean {
	const major = gaz.lookup(first.text, MAJOR_QUERY).length > 0;
	return !first.allCaps && !major;
}

export function demonymSpan(i: number, first: Token, country: Place, gaz: MemoGazetteer): Span {
	return {
		from: i,
		to: i + 1,
		start: first.start,
		end: first.end,
		key: gaz.key(first.text),
		query: first.text,
		form: 'demonym',
		demonymOf: country,
		fixed: null,
		rules: [demonymRule.id]
	};
}
