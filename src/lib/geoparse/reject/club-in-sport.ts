/**
 * "Manchester City beat Inter", "a 1-0 win for Stoke City": in sport copy a town with "City",
 * "Town", "County" or "United" after it is a club, unless the pair is itself a town's name
 * ("Kansas City", "Salt Lake City"), which US news uses for its teams and annotates as the place.
 * Only where the words around it are sport's (a score, a result, a match): elsewhere "Manchester
 * City" may be the city's council ("Manchester City Council") or the city itself.
 */

import type { Token } from '../tokenize';
import type { RejectInput, RejectRule } from './input';

/** Club words that name a town's club only in sport copy. */
const CLUB_WORDS = new Set(['city', 'town', 'county', 'united']);

/** Words of a match and its result. */
const SPORT_WORDS = new Set(
	`beat beats beaten win wins won defeat defeated defeats drew draw draws victory match club
league cup final semifinal semi-final striker midfielder goalkeeper goal goals scored equaliser
equalizer kick-off penalty penalties fixture derby relegation promoted relegated premiership
champions trophy`.split(/\s+/)
);

/** How many tokens either side are read for sport's words. */
const WINDOW = 12;

/** A score ("1-0", "2-2") starts at token `k`. */
const scoreAt = (tokens: Token[], k: number) =>
	/^\d{1,2}$/.test(tokens[k]?.text ?? '') &&
	tokens[k + 1]?.gap === 'hyphen' &&
	/^\d{1,2}$/.test(tokens[k + 1]?.text ?? '');

function inSportCopy(x: RejectInput, from: number, to: number): boolean {
	const lo = Math.max(0, from - WINDOW);
	const hi = Math.min(x.tokens.length, to + WINDOW);
	for (let k = lo; k < hi; k++) {
		const t = x.tokens[k] as Token;
		if (k > lo && t.gap === 'break') {
			if (k <= from) continue;
			break;
		}
		if (SPORT_WORDS.has(t.lower) || scoreAt(x.tokens, k)) return true;
	}
	return false;
}

/** A capitalised word goes on after the club word: "Paris City Council", "Manchester City Hall". */
const goesOn = (x: RejectInput, k: number) => {
	const t = x.tokens[k];
	return t !== undefined && t.cap && t.gap === 'space';
};

function test(x: RejectInput): boolean {
	// "Manchester City" read whole (the gazetteer takes "City" as a kind word), or "Stoke" before it.
	if (x.words >= 2 && CLUB_WORDS.has(x.last.lower) && x.last.cap) {
		if (x.gaz.has(x.span.key) || goesOn(x, x.span.to)) return false;
		return inSportCopy(x, x.span.from, x.span.to);
	}
	const after = x.after;
	if (after === undefined || !after.cap || after.gap !== 'space' || !CLUB_WORDS.has(after.lower))
		return false;
	if (x.gaz.has(x.gaz.key(`${x.span.query} ${after.text}`)) || goesOn(x, x.span.to + 1))
		return false;
	return inSportCopy(x, x.span.from, x.span.to + 1);
}

export const clubInSport: RejectRule = {
	id: 'reject/club-in-sport',
	description:
		'a town with "City", "United", "Town" after it in sport copy is a club ("Stoke City")',
	reason: 'organisation',
	test
};
