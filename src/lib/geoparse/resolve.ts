/**
 * Resolution: choose one gazetteer entry per name, using the gazetteer's prior (importance, match
 * quality, kind hint), explicit qualifiers ("Paris, Texas"), the countries and first-level
 * divisions the rest of the document points to, and the nearness of the other places. One sense
 * per name per document: every mention of a name shares the choice.
 */

import { haversineKm, type Candidate } from '../gazetteer/index';
import { satisfies, type Qualifier } from './context/qualifiers';
import { WEIGHTS } from './weights';

/** Every mention of one name in the document, resolved together. */
export interface NameGroup {
	key: string;
	candidates: Candidate[];
	qualifiers: Qualifier[];
	/** How many mentions the name has (more mentions, more weight in the context). */
	count: number;
	/** Countries implied by demonyms are not groups; see {@link DocumentContext.demonyms}. */
}

/** A candidate with its document-level score. */
export interface Scored {
	candidate: Candidate;
	total: number;
	/** Softmax share among the group's candidates. */
	share: number;
}

export interface DocumentContext {
	/** Country code → weight from demonyms ("Iraqi officials"). */
	demonyms: Map<string, number>;
}

/** Where a group's current choice points: its country and division, with a weight. */
interface Vote {
	country: string;
	admin1: string;
	point: [number, number];
	weight: number;
	area: boolean;
}

const admin1Key = (c: Candidate) => `${c.place.countryCode}.${c.place.admin1Code}`;

function voteOf(c: Candidate, weight: number): Vote {
	return {
		country: c.place.countryCode,
		admin1: c.place.admin1Code ? admin1Key(c) : '',
		point: c.place.point,
		weight,
		area: c.place.bbox !== null && c.place.kind !== 'admin2'
	};
}

interface Tally {
	countries: Map<string, number>;
	admin1s: Map<string, number>;
}

function add(map: Map<string, number>, key: string, w: number) {
	if (key) map.set(key, (map.get(key) ?? 0) + w);
}

/** Sum of every group's votes. */
function tally(votes: Vote[][]): Tally {
	const t: Tally = { countries: new Map(), admin1s: new Map() };
	for (const vs of votes) {
		for (const v of vs) {
			add(t.countries, v.country, v.weight);
			add(t.admin1s, v.admin1, v.weight);
		}
	}
	return t;
}

/** A tally entry less one group's own votes for it (a name is not its own evidence). */
function others(map: Map<string, number>, key: string, own: Vote[], field: 'country' | 'admin1') {
	let v = map.get(key) ?? 0;
	for (const o of own) if (o[field] === key) v -= o.weight;
	return v;
}

/** The heaviest point votes, to bound the nearness scan on long documents. */
function strongestPoints(votes: Vote[][], limit: number): { vote: Vote; group: number }[] {
	const all: { vote: Vote; group: number }[] = [];
	votes.forEach((vs, group) => {
		for (const vote of vs) if (!vote.area) all.push({ vote, group });
	});
	all.sort((a, b) => b.vote.weight - a.vote.weight || a.group - b.group);
	return all.slice(0, limit);
}

/** Score one candidate against the context of the other groups. */
function scoreCandidate(
	c: Candidate,
	group: NameGroup,
	ctx: Tally,
	own: Vote[],
	demonyms: Map<string, number>,
	points: Vote[]
): number {
	let s = c.score;
	const cc = c.place.countryCode;
	const countryVotes = others(ctx.countries, cc, own, 'country') + (demonyms.get(cc) ?? 0);
	if (cc) s += WEIGHTS.country * Math.min(1, countryVotes);
	if (c.place.admin1Code && c.place.kind !== 'admin1' && c.place.kind !== 'country') {
		s += WEIGHTS.admin1 * Math.min(1, others(ctx.admin1s, admin1Key(c), own, 'admin1'));
	}
	if (group.qualifiers.length > 0) {
		s += group.qualifiers.some((q) => satisfies(c, q)) ? WEIGHTS.qualifier : -WEIGHTS.qualifier;
	}
	// Nearness to the other (point) places chosen: local news names places near each other.
	if (c.place.bbox === null) {
		let near = 0;
		for (const v of points) {
			const d = haversineKm(c.place.point[1], c.place.point[0], v.point[1], v.point[0]);
			if (d < WEIGHTS.nearKm) near += v.weight;
		}
		s += WEIGHTS.near * Math.min(1, near);
	}
	return s;
}

function softmax(totals: number[], temperature: number): number[] {
	const max = Math.max(...totals);
	const e = totals.map((t) => Math.exp((t - max) / temperature));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / sum);
}

/**
 * Resolve every group; returns, per group, its candidates scored and sorted best first.
 * Two rounds: the first uses the gazetteer's prior and the unambiguous names as context, the
 * second the first round's choices.
 */
export function resolveGroups(groups: NameGroup[], context: DocumentContext): Scored[][] {
	// Round 0: each group votes for its prior best, weighted by how clear a winner it is.
	let votes: Vote[][] = groups.map((g) => {
		const [a, b] = g.candidates;
		if (!a) return [];
		const margin = b ? a.score - b.score : 3;
		return [voteOf(a, margin >= 1 ? 1 : 0.3)];
	});
	let result: Scored[][] = [];
	for (let round = 0; round < WEIGHTS.rounds; round++) {
		const all = tally(votes);
		const strongest = strongestPoints(votes, WEIGHTS.nearPoints);
		result = groups.map((g, gi) => {
			const points = strongest.filter((p) => p.group !== gi).map((p) => p.vote);
			const totals = g.candidates.map((c) =>
				scoreCandidate(c, g, all, votes[gi] ?? [], context.demonyms, points)
			);
			const shares = softmax(totals, WEIGHTS.temperature);
			return g.candidates
				.map((candidate, k) => ({
					candidate,
					total: totals[k] as number,
					share: shares[k] as number
				}))
				.sort((x, y) => y.total - x.total || x.candidate.place.index - y.candidate.place.index);
		});
		votes = result.map((scored) => {
			const top = scored[0];
			return top ? [voteOf(top.candidate, top.share)] : [];
		});
	}
	return result;
}
