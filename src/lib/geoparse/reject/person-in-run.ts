/** A first name or title earlier in the capitalised run ("Prime Minister Boris Johnson"). */

import { TITLES } from '../lexicon/index';
import { runStart } from './input';
import { firstNameAnyCase } from './people';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

function test(x: RejectInput): boolean {
	const { chunk, span, tokens } = x;
	if (!chunk) return false;
	for (let k = runStart(tokens, chunk, span.from); k < span.from; k++) {
		const t = tokens[k] as Token;
		// Not a first name hyphened to the name: "Logan-Rogersville", "Washington-Moscow". Nor
		// one in the possessive before a name that ends there: "Kenya's Garissa County",
		// "France's Brittany" name a place of a place, as a given name is not written in the
		// possessive before its surname ("Virginia's Jefferson National Forest" goes on).
		const possessive = t.possessive && !x.joined;
		const firstName =
			k === span.from - 1 && firstNameAnyCase(t) && x.first.gap !== 'hyphen' && !possessive;
		if (TITLES.has(t.lower) || firstName) return true;
	}
	return false;
}

export const personInRun: RejectRule = {
	id: 'reject/person-in-run',
	description:
		'a first name or title earlier in the capitalised run ("Prime Minister Boris Johnson")',
	reason: 'person',
	test
};
