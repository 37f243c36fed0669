/**
 * "Circuit Breaker Sales", "Ridgeway Funeral Home": capitalised words before the name that are
 * no place themselves make it the tail of another name.
 */

import { DIRECTIONS, FIRST_NAME, TITLES } from '../lexicon/index';
import { afterPartyTag } from '../recognise/party-tag';
import { runStart } from './input';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

function test(x: RejectInput): boolean {
	const { chunk, span, tokens, covered } = x;
	if (!chunk || span.form !== 'name') return false;
	const from = runStart(tokens, chunk, span.from);
	// "Team Ohio", "Education Oregon": a state or province after such words is still named, as
	// the outfit's place (a town's name there is more often a person's or a firm's).
	const lead = from < span.from && x.isMajor(span) ? span.from : from;
	for (let k = lead; k < span.from; k++) {
		const t = tokens[k] as Token;
		if (covered[k] || t.sentStart || t.titleLine || DIRECTIONS.has(t.lower)) continue;
		// "The Alexandria Blizzard", "A Metcalfe County man": an article is no part of a name.
		if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') continue;
		// "D-Charleston": a party letter tags the place after it.
		if (afterPartyTag(tokens, k + 1)) continue;
		// "CBC Toronto", "CTV Winnipeg": an acronym before a place names an outfit there (not
		// initials: "C.M. Gatton").
		if (t.allCaps && t.lower.length <= 5 && !t.text.includes('.')) continue;
		if (TITLES.has(t.lower) || FIRST_NAME.has(t.text)) continue;
		return true;
	}
	return false;
}

export const tailOfName: RejectRule = {
	id: 'reject/tail-of-name',
	description:
		'capitalised words of no place before the name make it the tail of another ("Ridgeway Funeral Home")',
	reason: 'part-of-name',
	test
};
