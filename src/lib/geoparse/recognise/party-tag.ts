/**
 * "D-Pa.", "R-Fairfax": a legislator's party letter hyphened to the place after it. The letter is
 * no part of the place, and the place after it is the legislator's state or home town.
 */

import { PARTY_TAGS } from '../lexicon/index';
import type { RuleInfo } from '../record';
import type { Token } from '../tokenize';

export const partyTag: RuleInfo = {
	id: 'recognise/party-tag',
	description: 'a party letter hyphened to a place ("D-Pa.") is no part of it'
};

/** Whether token `i` follows a party letter and a hyphen ("D-Pa.", "R-Fairfax"). */
export function afterPartyTag(tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1];
	// A party letter may end the text ("… and I"): there is then no token `i`.
	const t = tokens[i];
	return prev !== undefined && t !== undefined && t.gap === 'hyphen' && PARTY_TAGS.has(prev.text);
}
