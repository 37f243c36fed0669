/** "Washington Street", "Kirkuk Road": the name is a street's. */

import { STREET_WORDS } from '../lexicon/index';
import type { RejectRule } from './input';
import type { Token } from '../tokenize';

export const streetWordAfter: RejectRule = {
	id: 'reject/street-word-after',
	description: 'a street word after the name ("Washington Street", "Kirkuk Road")',
	reason: 'street',
	test: (x) => x.joined && STREET_WORDS.has((x.after as Token).lower)
};
