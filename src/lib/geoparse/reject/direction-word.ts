/**
 * A direction alone ("North") is no place, unless it is an item of a list of divisions: "the
 * Western and Ashanti regions", "the Northern, Upper East and Volta regions" (Ghana's Western
 * Region, named by its direction).
 */

import { DIRECTIONS } from '../lexicon/index';
import { DIVISIONS } from '../recognise/kind-after-list';
import type { Token } from '../tokenize';
import type { RejectRule } from './input';

/** Tokens read after a direction for the rest of its list and the plural division word. */
const LIST_TOKENS = 10;

/**
 * Whether the direction ending at token `to` starts or continues a list of names joined by
 * commas and "and" that a plural division word closes ("Western and Ashanti regions").
 */
function listOfDivisions(tokens: Token[], to: number): boolean {
	let and = false;
	for (let k = to; k < tokens.length && k < to + LIST_TOKENS; k++) {
		const t = tokens[k] as Token;
		if (t.gap !== 'space' && t.gap !== 'comma') return false;
		if (t.cap) continue;
		if (t.lower === 'and') and = true;
		else return and && t.gap === 'space' && DIVISIONS.has(t.lower);
	}
	return false;
}

export const directionWord: RejectRule = {
	id: 'reject/direction-word',
	description: 'a direction alone ("North") is no place, unless listed with divisions',
	reason: 'direction',
	test: (x) =>
		x.words === 1 && DIRECTIONS.has(x.first.lower) && !listOfDivisions(x.tokens, x.span.to)
};
