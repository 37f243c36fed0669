/** An initial before a one-word name ("D. McDonald"). */

import { isInitial } from './people';
import type { RejectRule } from './input';

export const initialBefore: RejectRule = {
	id: 'reject/initial-before',
	description: 'an initial before a one-word name ("D. McDonald")',
	reason: 'person',
	test: (x) => isInitial(x.prev) && x.first.gap === 'space' && x.words === 1
};
