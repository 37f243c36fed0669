/**
 * "Bulo Bulo", "Viru Viru": a word doubled is one name, never two mentions of the place the word
 * names alone (Bulo in the Philippines, Virú in Peru). A doubled name the gazetteer knows whole
 * ("Walla Walla", "Bora Bora") is read whole before this rule sees its words.
 */

import type { RejectRule } from './input';

export const reduplicated: RejectRule = {
	id: 'reject/reduplicated',
	description:
		'a word doubled ("Bulo Bulo") is one name the gazetteer lacks, not the word\'s place',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 1 &&
		((x.after !== undefined &&
			x.after.gap === 'space' &&
			x.after.cap &&
			x.after.lower === x.first.lower) ||
			(x.prev !== undefined &&
				x.first.gap === 'space' &&
				x.prev.cap &&
				x.prev.lower === x.first.lower))
};
