/**
 * "the feast of St. Anthony", "a procession for Saint George", "St. Anthony, the city's patron
 * saint", "St. Anthony Church": a saint (a given name) in a feast's, a devotion's or a church's
 * words is the saint, not a town named after them (a parish of Montserrat, a town in Idaho).
 * Towns named after saints are read as towns everywhere else ("flights to St. Louis").
 */

import { FIRST_NAME } from '../lexicon/index';
import { SAINT } from './people';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

/** Nouns before "of" or "for" whose object is a saint: "the feast of St. Anthony". */
const DEVOTION_NOUNS = new Set(
	`feast feasts festival festivals procession processions eve day vigil church cathedral chapel
basilica shrine relics relic statue icon devotion devotees pilgrimage novena honour honor`.split(
		/\s+/
	)
);

/** Capitalised nouns after the saint that make the name a church's ("St. Anthony Church"). */
const CHURCH_AFTER = new Set(['church', 'cathedral', 'chapel', 'basilica', 'shrine', 'abbey']);

/** Words after the saint and a comma that describe the saint ("St. Anthony, the patron saint"). */
const PATRON = new Set(['patron', 'saint', 'martyr', 'apostle']);

/** "the feast of St. Anthony", "a procession for St. George", "the feast day of St. Anthony". */
function devotionBefore(tokens: Token[], from: number): boolean {
	const of = tokens[from - 1];
	if (of === undefined || (of.lower !== 'of' && of.lower !== 'for') || of.cap) return false;
	const noun = tokens[from - 2];
	return noun !== undefined && DEVOTION_NOUNS.has(noun.lower);
}

/** "St. Anthony, the city's patron saint": a description of the saint within four words. */
function describedAsSaint(tokens: Token[], to: number): boolean {
	if (tokens[to]?.gap !== 'comma') return false;
	for (let k = to; k < Math.min(tokens.length, to + 5); k++) {
		const t = tokens[k] as Token;
		if (k > to && t.gap !== 'space') return false;
		if (PATRON.has(t.lower) && !t.cap) return true;
	}
	return false;
}

function test(x: RejectInput): boolean {
	if (x.words !== 2 || !SAINT.has(x.first.lower) || !FIRST_NAME.has(x.last.text)) return false;
	const after = x.after;
	if (after !== undefined && after.cap && after.gap === 'space' && CHURCH_AFTER.has(after.lower))
		return true;
	return devotionBefore(x.tokens, x.span.from) || describedAsSaint(x.tokens, x.span.to);
}

export const saintFeast: RejectRule = {
	id: 'reject/saint-feast',
	description: 'a saint in a feast\'s or a church\'s words ("the feast of St. Anthony")',
	reason: 'part-of-name',
	test
};
