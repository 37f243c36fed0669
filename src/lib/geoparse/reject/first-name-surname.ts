/** A first name before a surname-like word ("Mark Esper", "Donald J. Trump"). */

import { FIRST_NAME, SUFFIX_TRIGGERS, TITLES } from '../lexicon/index';
import { surnameLike } from './people';
import type { RejectInput, RejectRule } from './input';

function test(x: RejectInput): boolean {
	const { chunk, after, span } = x;
	if (!chunk || !after || span.to >= chunk.to) return false;
	// "Donald J. Trump": look past a middle initial.
	const initial = /^\p{Lu}\.$/u.test(after.text);
	const surname = initial ? x.tokens[span.to + 1] : after;
	// Not a kind word (after a space: "Paris-Henry County" pairs two places), nor a title
	// ("Florida Senator Marco Rubio"); not after a possessive ("Virginia's Jefferson National
	// Forest").
	return (
		x.words === 1 &&
		after.gap !== 'hyphen' &&
		!x.last.possessive &&
		FIRST_NAME.has(x.first.text) &&
		surname !== undefined &&
		surnameLike(surname) &&
		!TITLES.has(surname.lower) &&
		!SUFFIX_TRIGGERS.has(surname.lower)
	);
}

export const firstNameSurname: RejectRule = {
	id: 'reject/first-name-surname',
	description: 'a first name before a surname-like word ("Mark Esper", "Donald J. Trump")',
	reason: 'person',
	test
};
