/** Two letters not in capitals ("No", "In") are words, not codes. */

import type { RejectRule } from './input';

export const twoLetterWord: RejectRule = {
	id: 'reject/two-letter-word',
	description: 'two letters not in capitals ("No", "In") are words, not codes',
	reason: 'abbreviation',
	test: (x) => x.words === 1 && !x.first.allCaps && x.first.lower.length <= 2
};
