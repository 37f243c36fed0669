/** A title right before the name ("Gen. Milley", "President Trump"). */

import { TITLES } from '../lexicon/index';
import type { RejectRule } from './input';

export const titleBefore: RejectRule = {
	id: 'reject/title-before',
	description: 'a title right before the name ("Gen. Milley", "President Trump")',
	reason: 'person',
	test: (x) =>
		x.prev !== undefined && TITLES.has(x.prev.lower) && x.prev.cap && x.span.form === 'name'
};
