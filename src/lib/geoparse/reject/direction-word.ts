/** A direction alone ("North") is no place. */

import { DIRECTIONS } from '../lexicon/index';
import type { RejectRule } from './input';

export const directionWord: RejectRule = {
	id: 'reject/direction-word',
	description: 'a direction alone ("North") is no place',
	reason: 'direction',
	test: (x) => x.words === 1 && DIRECTIONS.has(x.first.lower)
};
