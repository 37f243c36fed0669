/**
 * "Michael Jordan … Jordan said": a surname that is also a country or state makes the name a
 * person only where no preposition of place stands before it ("flew to Jordan" is the country).
 */

import { OBJECT_PREPOSITIONS } from '../lexicon/index';
import type { RejectInput, RejectRule } from './input';

/**
 * Whether a one-word span is a surname of the document's people standing where no place is
 * expected: not after a preposition of place ("to Jordan").
 */
function test(x: RejectInput): boolean {
	if (x.majorSurnames.size === 0) return false;
	if (x.words !== 1 || !x.majorSurnames.has(x.first.lower)) return false;
	const prev = x.prev;
	return !(prev !== undefined && x.first.gap === 'space' && OBJECT_PREPOSITIONS.has(prev.lower));
}

export const majorSurnameAlone: RejectRule = {
	id: 'reject/major-surname-alone',
	description:
		'a surname that is also a country or state, where no place is expected ("Jordan said")',
	reason: 'person',
	test
};
