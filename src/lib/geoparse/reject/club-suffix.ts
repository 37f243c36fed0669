/**
 * "Blackburn Rovers": a club's word after a town. "Manchester United 2", "Sheffield Wednesday
 * 1", "Leeds United beat": these words only with a score or a result's verb after them: alone
 * "United" names groups of many kinds, and "Wednesday" after a town is when something
 * happened there.
 */

import { CLUB_SUFFIXES } from '../lexicon/index';
import type { RejectInput, RejectRule } from './input';
import type { Token } from '../tokenize';

/** Club words that make a club only before a score. */
const SCORED_CLUB_WORDS = new Set(['united', 'wednesday']);
/** Verbs of a match's result, after which such a pair is a club ("Manchester United beat"). */
const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draw', 'draws', 'lost', 'won', 'v', 'vs']);

function test(x: RejectInput): boolean {
	const after = x.after;
	const score = x.tokens[x.span.to + 1];
	const club =
		CLUB_SUFFIXES.has(after?.lower ?? '') ||
		(SCORED_CLUB_WORDS.has(after?.lower ?? '') &&
			score !== undefined &&
			score.gap === 'space' &&
			(/^\d{1,2}$/.test(score.text) || MATCH_VERBS.has(score.lower)));
	return x.joined && (after as Token).gap === 'space' && club;
}

export const clubSuffix: RejectRule = {
	id: 'reject/club-suffix',
	description: 'a club\'s word after a town ("Blackburn Rovers", "Leeds United beat")',
	reason: 'organisation',
	test
};
