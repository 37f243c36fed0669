/**
 * Resolution: choose one gazetteer entry per name, using the gazetteer's prior (importance, match
 * quality, kind hint), explicit qualifiers ("Paris, Texas"), the countries and first-level
 * divisions the rest of the document points to, and the nearness of the other places. One sense
 * per name per document: every mention of a name shares the choice.
 *
 * Context is soft: every name votes for the countries and divisions of all its candidates,
 * weighted by how likely each is, so two ambiguous county names that share only one state
 * ("Henry County … Washington County") point to it. A few rounds let the votes settle.
 */

import type { Candidate } from '../../gazetteer/index';
import type { DocumentContext, NameGroup, Scored, ScoreTerms } from '../record';
import { WEIGHTS } from '../weights';
import { scoreCandidate } from './score';
import type { Table, Tally } from './shape';
import { tableOf } from './table';

/**
 * A name votes for each country by its best reading there, not by the sum of its readings: eleven
 * small American Florences are not eleven times as likely as one, and summed they outvote Italy's.
 * The votes are scaled back to the name's whole weight, so a name whose readings all lie in one
 * country ("Washington County") still votes fully for it.
 */
function countryVotes(t: Table, weight: Float64Array, out: Float64Array): void {
	const groups = t.groupStart.length - 1;
	for (let gi = 0; gi < groups; gi++) {
		const from = t.groupStart[gi] as number;
		const to = t.groupStart[gi + 1] as number;
		let best = 0;
		let all = 0;
		for (let f = from; f < to; f++) {
			out[f] = 0;
			all += weight[f] as number;
			const c = t.country[f] as number;
			if (c < 0) continue;
			let top = true;
			for (let o = from; o < to && top; o++) {
				if (o === f || t.country[o] !== c) continue;
				const wo = weight[o] as number;
				const wf = weight[f] as number;
				// Ties go to the earlier reading, so exactly one stands for its country. The order is
				// compared for every pair, not only on a tie: ties are rare, and a comparison first
				// made after optimisation would throw the optimised code away.
				const earlier = o < f;
				if (wo > wf || (wo === wf && earlier)) top = false;
			}
			if (top) {
				out[f] = weight[f] as number;
				best += weight[f] as number;
			}
		}
		if (best > 0)
			for (let f = from; f < to; f++)
				out[f] = ((out[f] as number) * all * (t.voteScale[f] as number)) / best;
	}
}

function tally(t: Table, weight: Float64Array): Tally {
	const x: Tally = {
		countries: new Float64Array(t.countryCount),
		countryVote: new Float64Array(weight.length),
		admin1s: new Float64Array(t.admin1Count),
		total: 0,
		strongest: []
	};
	countryVotes(t, weight, x.countryVote);
	for (let f = 0; f < weight.length; f++) {
		const w = weight[f] as number;
		const c = t.country[f] as number;
		if (c >= 0) x.countries[c] = (x.countries[c] as number) + (x.countryVote[f] as number);
		const a = t.admin1Vote[f] as number;
		if (a >= 0) x.admin1s[a] = (x.admin1s[a] as number) + w;
		x.total += w;
		if (t.point[f] && w >= 0.2) x.strongest.push(f);
	}
	x.strongest.sort(
		(a, b) =>
			(weight[b] as number) - (weight[a] as number) ||
			(t.groupOf[a] as number) - (t.groupOf[b] as number)
	);
	x.strongest.length = Math.min(x.strongest.length, WEIGHTS.nearPoints);
	return x;
}

/** Softmax of `totals[from..to)` into `out[from..to)`, summed in order. */
function softmax(totals: Float64Array, out: Float64Array, from: number, to: number): void {
	let max = -Infinity;
	for (let f = from; f < to; f++) max = Math.max(max, totals[f] as number);
	let sum = 0;
	for (let f = from; f < to; f++) {
		const e = Math.exp(((totals[f] as number) - max) / WEIGHTS.temperature);
		out[f] = e;
		sum += e;
	}
	for (let f = from; f < to; f++) out[f] = (out[f] as number) / sum;
}

const noTerms = (): ScoreTerms => ({
	prior: 0,
	world: 0,
	country: 0,
	region: 0,
	admin1: 0,
	qualifier: 0,
	qualifies: 0,
	listLevel: 0,
	standalone: 0,
	county: 0,
	near: 0,
	nearCount: 0
});

/** Resolve every group; returns, per group, its candidates scored and sorted best first. */
export function resolveGroups(
	groups: NameGroup[],
	context: DocumentContext,
	rounds = WEIGHTS.rounds,
	explain = false
): Scored[][] {
	const t = tableOf(groups, context.isCapital);
	// A story under a wire dateline that needs no qualifier ("DUBLIN (Reuters)", "ROTTERDAM
	// 1996-08-22") is written for readers anywhere: it qualifies any small town it names
	// ("Paris, Texas"), so a name left bare is the prominent place, not a namesake that the
	// story's other names happen to pull toward ("London" among "New York" and "Paris").
	let worldly = 0;
	for (const g of groups) if (g.standalone) worldly = 1;
	const size = t.groupStart[groups.length] as number;
	const totals = new Float64Array(size);
	let weight = new Float64Array(size);
	let next = new Float64Array(size);
	let last: Tally | null = null;
	// Plain loops, not callbacks: a hot callback is compiled once alone and again inside its caller.
	// Round 0: the gazetteer's prior.
	for (let gi = 0; gi < groups.length; gi++) {
		const from = t.groupStart[gi] as number;
		const candidates = (groups[gi] as NameGroup).candidates;
		for (let k = 0; k < candidates.length; k++)
			totals[from + k] = (candidates[k] as Candidate).score;
		softmax(totals, weight, from, t.groupStart[gi + 1] as number);
	}
	for (let round = 0; round < rounds; round++) {
		const x = tally(t, weight);
		last = x;
		for (let gi = 0; gi < groups.length; gi++) {
			const g = groups[gi] as NameGroup;
			const from = t.groupStart[gi] as number;
			for (let k = 0; k < g.candidates.length; k++) {
				const c = g.candidates[k] as Candidate;
				totals[from + k] = scoreCandidate(
					t,
					x,
					weight,
					from + k,
					gi,
					g,
					c,
					context.demonyms,
					worldly
				);
			}
			softmax(totals, next, from, t.groupStart[gi + 1] as number);
		}
		[weight, next] = [next, weight];
	}
	if (rounds <= 0) return [];
	// Only the last round's scores are read: sort those. Built by push: an optimised map would
	// hand the callers holey arrays (see parse.ts).
	const result: Scored[][] = [];
	for (let gi = 0; gi < groups.length; gi++) {
		const candidates = (groups[gi] as NameGroup).candidates;
		const from = t.groupStart[gi] as number;
		const scored: Scored[] = [];
		for (let k = 0; k < candidates.length; k++) {
			scored.push({
				candidate: candidates[k] as Candidate,
				total: totals[from + k] as number,
				share: weight[from + k] as number
			});
		}
		result.push(
			scored.sort((a, b) => b.total - a.total || a.candidate.place.index - b.candidate.place.index)
		);
	}
	// The chosen reading's score, term by term, scored again on the last round's votes (`next`
	// holds the shares they were weighed with): the same sums, so the same total.
	if (explain && last !== null) {
		for (let gi = 0; gi < groups.length; gi++) {
			const g = groups[gi] as NameGroup;
			const top = result[gi]?.[0];
			if (top === undefined) continue;
			const f = (t.groupStart[gi] as number) + g.candidates.indexOf(top.candidate);
			const terms = noTerms();
			scoreCandidate(t, last, next, f, gi, g, top.candidate, context.demonyms, worldly, terms);
			g.terms = terms;
		}
	}
	return result;
}
