/**
 * "ATLANTIC DIVISION", "EASTERN CONFERENCE": a heading in capitals of a league's standings
 * names a group of teams, not the ocean or Fiji's Eastern Division.
 */

import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

/** Words that head a league's group of teams in standings ("ATLANTIC DIVISION"). */
const LEAGUE_GROUPS = new Set(['division', 'conference', 'league']);

function test(x: RejectInput): boolean {
	if (!x.first.allCaps || !x.last.allCaps) return false;
	const after = x.after as Token;
	const word = x.joined && after.allCaps ? after.lower : x.words > 1 ? x.last.lower : '';
	return LEAGUE_GROUPS.has(word);
}

export const leagueHeading: RejectRule = {
	id: 'reject/league-heading',
	description: 'a league standings heading in capitals ("ATLANTIC DIVISION")',
	reason: 'organisation',
	test
};
