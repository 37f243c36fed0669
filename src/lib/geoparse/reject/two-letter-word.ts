/**
 * Two letters not in capitals ("No", "In") are words, not codes; unless the words right around
 * the name make it a place ("in Ho, the capital of the Volta Region", "Ho, Ghana",
 * `reject/place-cue`), read only for the few names this rule would reject.
 */

import type { RejectInput, RejectRule } from './input';
import { hasPlaceCue, placeCue } from './place-cue';

function test(x: RejectInput): boolean {
	if (x.words !== 1 || x.first.allCaps || x.first.lower.length > 2) return false;
	if (!hasPlaceCue(x)) return true;
	// Kept: the cue goes on the name's trace.
	x.span.rules.push(placeCue.id);
	return false;
}

export const twoLetterWord: RejectRule = {
	id: 'reject/two-letter-word',
	description: 'two letters not in capitals ("No", "In") are words, not codes',
	reason: 'abbreviation',
	test
};
