/**
 * "the White Mountains", "the North Island": a feature called after an ordinary word or a
 * direction is no namesake of the place the word alone names (White, Georgia; North,
 * Cameroon), as "Cedar River" is of Cedar Rapids' river. Only where the feature is read off the
 * word alone (the query): "Battle Creek", "Long Island" are indexed as they are written.
 */

import { commonWordRank, DIRECTIONS, FEATURE_SUFFIXES } from '../lexicon/index';
import type { RejectRule } from './input';

export const featureOfWord: RejectRule = {
	id: 'reject/feature-of-word',
	description: 'a feature called after an ordinary word ("the White Mountains")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 2 &&
		FEATURE_SUFFIXES.has(x.last.lower) &&
		!x.span.query.includes(' ') &&
		(DIRECTIONS.has(x.first.lower) || commonWordRank(x.first.lower) < Infinity)
};
