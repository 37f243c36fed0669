/** An organisation's word after the name in its chunk ("Georgia Power"). */

import { ORG_SUFFIXES } from '../lexicon/index';
import type { RejectRule } from './input';

export const organisationWordAfter: RejectRule = {
	id: 'reject/organisation-word-after',
	description: 'an organisation\'s word after the name in its chunk ("Georgia Power")',
	reason: 'organisation',
	test: (x) =>
		x.chunk !== null &&
		x.after !== undefined &&
		x.span.to < x.chunk.to &&
		ORG_SUFFIXES.has(x.after.lower) &&
		x.after.lower !== 'co'
};
