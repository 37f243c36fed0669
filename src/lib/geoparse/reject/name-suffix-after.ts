/** A generational suffix after the name ("McDonald Jr."). */

import { NAME_SUFFIXES } from './people';
import type { RejectRule } from './input';

export const nameSuffixAfter: RejectRule = {
	id: 'reject/name-suffix-after',
	description: 'a generational suffix after the name ("McDonald Jr.")',
	reason: 'person',
	test: (x) =>
		x.after !== undefined && NAME_SUFFIXES.has(x.after.lower) && x.after.cap && !x.last.possessive
};
