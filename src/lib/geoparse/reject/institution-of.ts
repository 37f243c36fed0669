/**
 * "University of Georgia", "Department of Health": an institution's noun before "of" heads its
 * name ("Gulf of Alaska", a feature's, is left to the gazetteer).
 */

import { isGenericNoun, SUFFIX_TRIGGERS } from '../lexicon/index';
import type { RejectInput, RejectRule } from './input';

/**
 * Every word list is read for every name: a read first made after the reject stage is optimised
 * (an institution's noun is rare in some news) would throw the optimised stage away.
 */
function test(x: RejectInput): boolean {
	const after = x.after;
	const lower = x.first.lower;
	const generic = isGenericNoun(lower);
	const trigger = SUFFIX_TRIGGERS.has(lower);
	return (
		x.words === 1 &&
		after !== undefined &&
		after.gap === 'space' &&
		after.lower === 'of' &&
		generic &&
		!trigger
	);
}

export const institutionOf: RejectRule = {
	id: 'reject/institution-of',
	description: 'an institution\'s noun before "of" heads its name ("University of Georgia")',
	reason: 'part-of-name',
	test
};
