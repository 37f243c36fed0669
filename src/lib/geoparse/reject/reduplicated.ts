/**
 * "Bulo Bulo", "Viru Viru": a word doubled is one name, never two mentions of the place the word
 * names alone (Bulo in the Philippines, Virú in Peru). A doubled name the gazetteer knows whole
 * ("Walla Walla", "Bora Bora") is read whole before this rule sees its words. Exactly two: a
 * longer run of one name ("Baghdad Baghdad Baghdad") is a list, or a hostile text, read word by
 * word.
 */

import type { Token } from '../tokenize';
import type { RejectRule } from './input';

/** Whether token `b` repeats token `a`, joined to it by a space. */
const repeats = (a: Token | undefined, b: Token | undefined) =>
	a !== undefined && b !== undefined && b.gap === 'space' && b.cap && a.lower === b.lower;

export const reduplicated: RejectRule = {
	id: 'reject/reduplicated',
	description:
		'a word doubled ("Bulo Bulo") is one name the gazetteer lacks, not the word\'s place',
	reason: 'part-of-name',
	test: (x) => {
		if (x.words !== 1) return false;
		const at = x.span.from;
		const t = x.tokens;
		// The first of the pair, or the second; nothing the same before or after the pair.
		if (repeats(x.first, x.after)) return !repeats(x.prev, x.first) && !repeats(x.after, t[at + 2]);
		if (repeats(x.prev, x.first)) return !repeats(t[at - 2], x.prev) && !repeats(x.first, x.after);
		return false;
	}
};
