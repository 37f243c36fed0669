/** A trigger word alone starts a longer name ("Mount Hood's", "Lake Cumberland Area"). */

import { PREFIX_TRIGGERS, SUFFIX_TRIGGERS } from '../lexicon/index';
import type { RejectRule } from './input';

export const triggerAlone: RejectRule = {
	id: 'reject/trigger-alone',
	description:
		'a trigger word alone starts a longer name ("Mount Hood\'s", "Lake Cumberland Area")',
	reason: 'part-of-name',
	test: (x) =>
		x.words === 1 &&
		x.joined &&
		(PREFIX_TRIGGERS[x.first.lower] !== undefined || SUFFIX_TRIGGERS.has(x.first.lower))
};
