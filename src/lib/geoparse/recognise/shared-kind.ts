/**
 * A plural kind word shared by a list of names: "Clarke, Madison and Oconee counties" names
 * three counties, each written without its own "County". The recogniser looks each name up with
 * the kind word it shares ("Oconee County"), so the county is found, not a town of that name.
 */

import type { Token } from '../tokenize';

/**
 * The singular the gazetteer indexes names with, for a plural kind word after a list. Compared
 * with ===, not looked up by key: this runs on every lower-case word of every text, and a
 * comparison of words of other lengths is a length check, where a keyed lookup hashes the word.
 * Written out, not a loop over pairs: a destructuring for-of is 300 bytes of bytecode (an
 * iterator, and its closing when a match returns early, first met after optimisation), this is
 * small enough to be inlined for free.
 */
function pluralKind(word: string): string | undefined {
	return word === 'counties' ? 'County' : word === 'parishes' ? 'Parish' : undefined;
}

/** How far back a list is read from its kind word. */
const MAX_LIST = 16;

/**
 * Token index → the kind word ("County") for every capitalised word of a list that ends in a
 * plural kind word, or '' when a single name stands before it. Empty for most texts.
 */
export function sharedKindWords(tokens: Token[]): Map<number, string> {
	const shared = new Map<number, string>();
	for (let k = 1; k < tokens.length; k++) {
		const t = tokens[k] as Token;
		if (t.cap || t.gap !== 'space') continue;
		const kind = pluralKind(t.lower);
		if (kind === undefined || !(tokens[k - 1] as Token).cap) continue;
		// Back over the list: capitalised words joined by spaces, hyphens or commas, and the
		// "and"/"or" before its last item; anything else ends it.
		let from = k;
		let items = 1;
		for (let m = k - 1; m >= 0 && m >= k - MAX_LIST; m--) {
			const w = tokens[m] as Token;
			if (!w.cap && w.lower !== 'and' && w.lower !== 'or') break;
			from = m;
			if (!w.cap || w.gap === 'comma') items++;
			if (w.gap !== 'space' && w.gap !== 'hyphen' && w.gap !== 'comma') break;
		}
		// One name alone ("Indiana counties": the state's counties) is read as usual.
		for (let n = from; n < k; n++) {
			if ((tokens[n] as Token).cap) shared.set(n, items > 1 ? kind : '');
		}
	}
	return shared;
}
