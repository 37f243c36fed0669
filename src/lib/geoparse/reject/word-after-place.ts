/**
 * "Illinois University": an ordinary word right after a place names what is there. Not
 * after a hyphen: "Russia-Turkey ties", "Egyptian-US relations" pair two places. Not after a
 * function word opening the sentence ("Is US aid…", "In Iraq"): that word is no place, only
 * capitalised.
 */

import { commonWordRank, FUNCTION_WORDS } from '../lexicon/index';
import { runStart } from './input';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

function test(x: RejectInput): boolean {
	const { chunk, span, tokens, first } = x;
	if (!chunk || span.form !== 'name' || x.words !== 1 || first.gap === 'hyphen') return false;
	const from = runStart(tokens, chunk, span.from);
	const opener = tokens[Math.max(0, span.from - 1)] as Token;
	return (
		from < span.from &&
		x.covered[span.from - 1] === 1 &&
		!((opener.sentStart || opener.titleLine) && FUNCTION_WORDS.has(opener.lower)) &&
		commonWordRank(first.lower) < Infinity
	);
}

export const wordAfterPlace: RejectRule = {
	id: 'reject/word-after-place',
	description: 'an ordinary word right after a place names what is there ("Illinois University")',
	reason: 'part-of-name',
	test
};
