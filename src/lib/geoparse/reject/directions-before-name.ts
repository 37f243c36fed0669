/**
 * "Far North Queensland", "North West England": direction words read as a place of their own
 * ("North West", a province elsewhere) before a name they qualify are a part of that region.
 */

import { DIRECTIONS } from '../lexicon/index';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

/** Whether every word of the span is a direction ("South East"), "far" allowed ("Far North"). */
function directionsOnly(x: RejectInput): boolean {
	for (let k = x.span.from; k < x.span.to; k++) {
		const lower = (x.tokens[k] as Token).lower;
		if (!DIRECTIONS.has(lower) && lower !== 'far') return false;
	}
	return true;
}

export const directionsBeforeName: RejectRule = {
	id: 'reject/directions-before-name',
	description: 'direction words before a name they qualify ("North West England")',
	reason: 'direction',
	test: (x) => x.words > 1 && x.joined && x.covered[x.span.to] === 1 && directionsOnly(x)
};
