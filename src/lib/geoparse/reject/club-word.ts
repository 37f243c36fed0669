/**
 * "Bayern Munich", "PSV Eindhoven": a club's word before a town makes the pair a club; the
 * club's word itself is none of the place it may also name ("Bayern", "Ajax").
 */

import { CLUB_PREFIXES } from '../lexicon/index';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

function test(x: RejectInput): boolean {
	const { prev, first } = x;
	// Not initials: "S.C. Highway Patrol" is South Carolina's.
	const clubBefore =
		prev !== undefined &&
		first.gap === 'space' &&
		prev.cap &&
		!prev.text.includes('.') &&
		CLUB_PREFIXES.has(prev.lower);
	const clubWord =
		x.words === 1 &&
		x.joined &&
		(x.after as Token).gap === 'space' &&
		!first.allCaps &&
		CLUB_PREFIXES.has(first.lower);
	return clubBefore || clubWord;
}

export const clubWord: RejectRule = {
	id: 'reject/club-word',
	description: 'a club\'s word before a town or alone ("Bayern Munich", "PSV Eindhoven")',
	reason: 'organisation',
	test
};
