/**
 * "Lakes Edge Apartments", "Hail Trump": a name that is an ordinary word, before a capitalised
 * word that is no place nor an institution's noun ("Reading Council"), starts another name.
 */

import { commonWordRank, isGenericNoun } from '../lexicon/index';
import type { RejectRule } from './input';
import type { Token } from '../tokenize';

export const ordinaryWordBeforeName: RejectRule = {
	id: 'reject/ordinary-word-before-name',
	description:
		'an ordinary word before a capitalised word of no place starts another name ("Lakes Edge")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 1 &&
		x.joined &&
		(x.after as Token).gap === 'space' &&
		!x.covered[x.span.to] &&
		!x.first.allCaps &&
		commonWordRank(x.first.lower) < Infinity &&
		!isGenericNoun((x.after as Token).lower) &&
		!isGenericNoun(x.first.lower)
};
