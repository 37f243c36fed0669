/**
 * "St. Patrick's Day", "St. Mary's Hospital": a saint (a given name) in the possessive before
 * another capitalised word names a feast or an institution after the saint, not a town
 * ("St. Petersburg's airport" is the town's).
 */

import { FIRST_NAME } from '../lexicon/index';
import { SAINT } from './people';
import type { RejectRule } from './input';

export const saintPossessive: RejectRule = {
	id: 'reject/saint-possessive',
	description: 'a saint in the possessive before another name ("St. Patrick\'s Day")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 2 &&
		SAINT.has(x.first.lower) &&
		FIRST_NAME.has(x.last.text) &&
		x.last.possessive &&
		x.after !== undefined &&
		x.after.cap &&
		x.after.gap === 'space'
};
