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

import { haversineKm, type Candidate } from '../gazetteer/index';
import { holds, satisfies, type Qualifier } from './context/qualifiers';
import { WEIGHTS } from './weights';

/** Every mention of one name in the document, resolved together. */
export interface NameGroup {
	key: string;
	candidates: Candidate[];
	/** Qualifiers seen after the name ("Paris, Texas"). */
	qualifiers: Qualifier[];
	/** Candidates of the names this one qualifies ("Paris" for "Texas"). */
	qualifies: Candidate[][];
	/** How many mentions the name has. */
	count: number;
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

/** One candidate's vote, weighted by its share. */
interface Vote {
	country: string;
	admin1: string;
	point: [number, number];
	weight: number;
	area: boolean;
}

const admin1Key = (c: Candidate) => `${c.place.countryCode}.${c.place.admin1Code}`;

function votesOf(candidates: Candidate[], shares: number[]): Vote[] {
	return candidates.map((c, k) => ({
		country: c.place.countryCode,
		// A division votes for itself; anything inside one votes for it.
		admin1: c.place.admin1Code && c.place.kind !== 'country' ? admin1Key(c) : '',
		point: c.place.point,
		weight: shares[k] ?? 0,
		area: c.place.bbox !== null && c.place.kind !== 'admin2'
	}));
}

interface Tally {
	countries: Map<string, number>;
	admin1s: Map<string, number>;
	total: number;
}

function add(map: Map<string, number>, key: string, w: number) {
	if (key) map.set(key, (map.get(key) ?? 0) + w);
}

function tally(votes: Vote[][]): Tally {
	const t: Tally = { countries: new Map(), admin1s: new Map(), total: 0 };
	for (const vs of votes) {
		for (const v of vs) {
			add(t.countries, v.country, v.weight);
			add(t.admin1s, v.admin1, v.weight);
			t.total += v.weight;
		}
	}
	return t;
}

/** A tally entry less one group's own votes for it (a name is not its own evidence). */
function others(map: Map<string, number>, key: string, own: Vote[], field: 'country' | 'admin1') {
	let v = map.get(key) ?? 0;
	for (const o of own) if (o[field] === key) v -= o.weight;
	return Math.max(0, v);
}

/** The heaviest point votes, to bound the nearness scan on long documents. */
function strongestPoints(votes: Vote[][], limit: number): { vote: Vote; group: number }[] {
	const all: { vote: Vote; group: number }[] = [];
	votes.forEach((vs, group) => {
		for (const vote of vs) if (!vote.area && vote.weight >= 0.2) all.push({ vote, group });
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
	let s = WEIGHTS.prior * c.score;
	const cc = c.place.countryCode;
	if (cc) {
		const votes = others(ctx.countries, cc, own, 'country') + (demonyms.get(cc) ?? 0);
		const rest = Math.max(0, ctx.total - own.reduce((a, v) => a + v.weight, 0));
		s += WEIGHTS.country * Math.min(1, votes);
		// A document about one country makes every other country's namesakes unlikely.
		if (rest > 0) s += WEIGHTS.countryShare * Math.min(1, votes / rest);
	}
	if (c.place.admin1Code && c.place.kind !== 'admin1' && c.place.kind !== 'country') {
		s += WEIGHTS.admin1 * Math.min(1, others(ctx.admin1s, admin1Key(c), own, 'admin1'));
	}
	if (group.qualifiers.length > 0) {
		s += group.qualifiers.some((q) => satisfies(c, q)) ? WEIGHTS.qualifier : -WEIGHTS.qualifier;
	}
	if (group.qualifies.some((inner) => inner.some((i) => holds(c, i)))) s += WEIGHTS.qualifier / 2;
	// Nearness to the other (point) places: local news names places near each other.
	if (c.place.bbox === null) {
		let near = 0;
		const [lng, lat] = c.place.point;
		// One degree of latitude is ~111 km: most points are rejected without trigonometry.
		const dLatMax = WEIGHTS.nearKm / 111;
		for (const v of points) {
			if (Math.abs(v.point[1] - lat) > dLatMax) continue;
			const d = haversineKm(lat, lng, v.point[1], v.point[0]);
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

/** Resolve every group; returns, per group, its candidates scored and sorted best first. */
export function resolveGroups(
	groups: NameGroup[],
	context: DocumentContext,
	rounds = WEIGHTS.rounds
): Scored[][] {
	// Round 0: the gazetteer's prior.
	let votes: Vote[][] = groups.map((g) =>
		votesOf(
			g.candidates,
			softmax(
				g.candidates.map((c) => c.score),
				WEIGHTS.temperature
			)
		)
	);
	let result: Scored[][] = [];
	for (let round = 0; round < rounds; round++) {
		const all = tally(votes);
		const strongest = strongestPoints(votes, WEIGHTS.nearPoints);
		const shares: number[][] = [];
		result = groups.map((g, gi) => {
			const own = votes[gi] ?? [];
			const points = strongest.filter((p) => p.group !== gi).map((p) => p.vote);
			const totals = g.candidates.map((c) =>
				scoreCandidate(c, g, all, own, context.demonyms, points)
			);
			const share = softmax(totals, WEIGHTS.temperature);
			shares.push(share);
			return g.candidates
				.map((candidate, k) => ({
					candidate,
					total: totals[k] as number,
					share: share[k] as number
				}))
				.sort((x, y) => y.total - x.total || x.candidate.place.index - y.candidate.place.index);
		});
		votes = groups.map((g, gi) => votesOf(g.candidates, shares[gi] ?? []));
	}
	return result;
}
