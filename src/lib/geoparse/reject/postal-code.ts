/** "OK", "PA officials": a postal code alone (after a town's comma it is a state). */

import { POSTAL_CODES } from '../lexicon/index';
import type { RejectRule } from './input';

export const postalCode: RejectRule = {
	id: 'reject/postal-code',
	description:
		'"OK", "PA officials": a postal code alone (after a town and a comma it is the state)',
	reason: 'abbreviation',
	test: (x) => x.words === 1 && x.first.text.length === 2 && POSTAL_CODES.has(x.first.lower)
};
