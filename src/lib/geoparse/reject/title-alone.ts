/** A title alone before a name ("Miss Ohio", "Gen. Lee") is no place. */

import { TITLES } from '../lexicon/index';
import type { RejectRule } from './input';

export const titleAlone: RejectRule = {
	id: 'reject/title-alone',
	description: 'a title alone before a name ("Miss Ohio", "Gen. Lee") is no place',
	reason: 'person',
	test: (x) => x.words === 1 && x.joined && TITLES.has(x.first.lower)
};
