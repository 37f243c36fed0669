/**
 * "University of Georgia", "Department of Health": an institution's noun before "of" heads its
 * name ("Gulf of Alaska", a feature's, is left to the gazetteer).
 */

import { isGenericNoun, SUFFIX_TRIGGERS } from '../lexicon/index';
import type { RejectRule } from './input';

export const institutionOf: RejectRule = {
	id: 'reject/institution-of',
	description: 'an institution\'s noun before "of" heads its name ("University of Georgia")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 1 &&
		x.after?.lower === 'of' &&
		x.after.gap === 'space' &&
		isGenericNoun(x.first.lower) &&
		!SUFFIX_TRIGGERS.has(x.first.lower)
};
