/**
 * The surnames of the people a document names ("Defense Secretary Mark Esper"), so that a later
 * "Esper said" is read as the person, not as a town of that name.
 */

import { FIRST_NAME, TITLES } from '../lexicon/index';
import type { Chunk } from '../record';
import type { Token } from '../tokenize';
import { runStart } from './input';
import { firstNameAnyCase, isInitial, NAME_SUFFIXES, surnameLike } from './people';

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
		// "John Smith Jr.": the surname stands before the suffix. Both tests are made for every
		// chunk: an operation first met after this loop is optimised (a suffix is rare) would throw
		// the optimised reject stage away, and it is compiled again.
		const suffixed = NAME_SUFFIXES.has((tokens[c.to - 1] as Token).lower);
		const room = c.to - 2 > c.from;
		const lastAt = suffixed && room ? c.to - 2 : c.to - 1;
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
