/**
 * The one way candidates are made, by lookups and by the geoparser's fixed readings alike. Code
 * that reads candidates then meets one object shape (a second shape, first met after
 * optimisation, throws the optimised reader away), and a constructor rather than a literal:
 * candidates live as long as a memo holds them, and when the engine moves a literal's objects
 * to the old generation it throws away the optimised code that makes them, where an object made
 * by `new` carries no such decision.
 */

import type { Candidate, MatchType, Place } from './types';

class RankedCandidate implements Candidate {
	constructor(
		public place: Place,
		public score: number,
		public match: MatchType,
		public kindHintMatched: boolean
	) {}
}

export function candidate(
	place: Place,
	score: number,
	match: MatchType,
	kindHintMatched: boolean
): Candidate {
	return new RankedCandidate(place, score, match, kindHintMatched);
}
