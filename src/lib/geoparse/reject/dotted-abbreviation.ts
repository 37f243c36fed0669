/** A dotted abbreviation of no place ("Gov.", "Ave."). */

import { NON_PLACE_ABBREVIATIONS } from '../lexicon/index';
import type { RejectRule } from './input';

export const dottedAbbreviation: RejectRule = {
	id: 'reject/dotted-abbreviation',
	description: 'a dotted abbreviation of no place ("Gov.", "Ave.")',
	reason: 'abbreviation',
	test: (x) =>
		x.words === 1 && x.first.text.endsWith('.') && NON_PLACE_ABBREVIATIONS.has(x.first.lower)
};
