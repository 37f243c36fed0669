/**
 * The shapes the resolver's kernel passes between its files: the flat table of every candidate,
 * one round's tally of votes, the levels a town and a county nest at.
 */

import type { Candidate } from '../../gazetteer/index';
import type { NameGroup } from '../record';

/**
 * Every candidate of every group, flattened: candidate `f` of group `g` is at
 * `groupStart[g] + k`. Countries and divisions are numbered once per call, so each round's tally
 * is a pass over numbers rather than over maps of strings. Sums run in the same order as over the
 * groups' candidates, so every run gives the same bits.
 */
export interface Table {
	groupStart: Int32Array;
	groupOf: Int32Array;
	/** Country number of the candidate's vote, -1 for none. */
	country: Int32Array;
	/** Division number the candidate votes for, -1 for none (a country votes for none). */
	admin1Vote: Int32Array;
	/** Division number the candidate is scored on, -1 when it is not scored on one. */
	admin1Score: Int32Array;
	/** A point vote (nearness) rather than an area. */
	point: Uint8Array;
	/** Share of its country vote a candidate casts: `WEIGHTS.capitalVote` for a capital, else 1. */
	voteScale: Float64Array;
	/** The candidate's level (`levelOf`), which the items of a list share. */
	level: Uint8Array;
	/** Per group, the highest importance among its settlement candidates (Infinity for none). */
	topCity: Float64Array;
	/** Per group, the numbers of the groups listed with it (a group's list, flattened). */
	partnerStart: Int32Array;
	partners: Int32Array;
	lng: Float64Array;
	lat: Float64Array;
	/**
	 * Per candidate, the candidates of other names that nest with it (`nestStart[f]` to
	 * `nestStart[f + 1]` in `nested`): for a town the counties that hold it, for a county the
	 * towns inside it. Fixed by the places alone, so found once, not in every round.
	 */
	nestStart: Int32Array;
	nested: Int32Array;
	countries: string[];
	/** Per country number, the point of its country reading (NaN when no name reads as it). */
	countryLng: number[];
	countryLat: number[];
	countryCount: number;
	admin1Count: number;
}

/** Levels of `levelOf` that a county and a town nest at (`countiesOf`). */
export const COUNTY = 3;
export const SETTLEMENT = 4;

/** Whether `c` stands in for a namesake of group `g` the gazetteer lacks (`NameRecord.standIns`). */
export const standInOf = (g: NameGroup, c: Candidate) =>
	g.standIns.length > 0 && g.standIns.includes(c);

/** One round's evidence: every candidate's vote, weighted by its current share. */
export interface Tally {
	countries: Float64Array;
	/** The name's vote for each candidate's country, carried by its best reading there (0 for the rest). */
	countryVote: Float64Array;
	admin1s: Float64Array;
	total: number;
	/** The heaviest point votes (candidate numbers), to bound the nearness scan. */
	strongest: number[];
}
