/**
 * "the church of St. Anne and St. Joseph", "the St. Anne and St. Joseph Church": two saints
 * joined by "and" with a church's noun are its patrons, not two towns ("St. Paul and St.
 * Louis" are).
 */

import { FIRST_NAME } from '../lexicon/index';
import { SAINT, saintAt } from './people';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

/** Nouns of a church, whose patron saints name it. */
const CHURCH_NOUNS = new Set(['church', 'cathedral', 'chapel', 'basilica', 'abbey', 'parish']);

/**
 * Whether the words `[from, to)` follow "church of" or a capitalised run after them holds a
 * church's noun ("… Coptic Orthodox Church").
 */
function churchAround(tokens: Token[], from: number, to: number): boolean {
	const of = tokens[from - 1];
	if (of?.lower === 'of' && CHURCH_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
	for (let k = to; k < to + 4 && tokens[k]?.cap === true; k++) {
		if (CHURCH_NOUNS.has((tokens[k] as Token).lower)) return true;
	}
	return false;
}

function test(x: RejectInput): boolean {
	const { span, tokens } = x;
	if (x.words !== 2 || !SAINT.has(x.first.lower) || !FIRST_NAME.has(x.last.text)) return false;
	let from = -1;
	if (x.after?.lower === 'and' && saintAt(tokens, span.to + 1)) from = span.from;
	if (tokens[span.from - 1]?.lower === 'and' && saintAt(tokens, span.from - 3))
		from = span.from - 3;
	return from >= 0 && churchAround(tokens, from, from + 5);
}

export const churchPatrons: RejectRule = {
	id: 'reject/church-patrons',
	description: 'two saints joined by "and" with a church\'s noun are its patrons',
	reason: 'part-of-name',
	test
};
