/** "Jane Doe, M.D.": a degree after a name and a comma. */

import { DEGREES } from '../lexicon/index';
import type { RejectRule } from './input';

export const degreeAfterComma: RejectRule = {
	id: 'reject/degree-after-comma',
	description: '"Jane Doe, M.D.": a degree after a name and a comma',
	reason: 'abbreviation',
	test: (x) => x.words === 1 && x.first.gap === 'comma' && DEGREES.has(x.first.text)
};
