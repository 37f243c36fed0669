/**
 * "UAE Team Emirates", "Bahrain Team Victorious": a name after an organisation's word that
 * itself follows another capitalised word of the same run ends the organisation's name, as the
 * first name does (`reject/organisation-word-after`). "Team USA" (nothing before the word) is
 * left to the name.
 */

import { ORG_SUFFIXES } from '../lexicon/index';
import type { RejectRule } from './input';

export const organisationWordWithin: RejectRule = {
	id: 'reject/organisation-word-within',
	description: 'a name after an organisation\'s word inside a longer name ("UAE Team Emirates")',
	reason: 'organisation',
	test: (x) =>
		x.chunk !== null &&
		x.prev !== undefined &&
		x.span.from - 1 > x.chunk.from &&
		x.first.gap === 'space' &&
		x.prev.cap &&
		x.prev.gap === 'space' &&
		ORG_SUFFIXES.has(x.prev.lower) &&
		x.prev.lower !== 'co'
};
