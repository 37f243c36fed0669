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

import { haversineKm, type Candidate, type PlaceKind } from '../../gazetteer/index';
import { holds, satisfies } from '../context/qualifiers';
import type { DocumentContext, NameGroup, Qualifier, Scored } from '../record';
import { WEIGHTS } from '../weights';

/**
 * Every candidate of every group, flattened: candidate `f` of group `g` is at
 * `groupStart[g] + k`. Countries and divisions are numbered once per call, so each round's tally
 * is a pass over numbers rather than over maps of strings. Sums run in the same order as over the
 * groups' candidates, so every run gives the same bits.
 */
interface Table {
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

/** Numbers for divisions in order of first sight, keyed by country, then code. */
class Numbering {
	private byCountry = new Map<string, Map<string, number>>();
	size = 0;
	of(country: string, code: string): number {
		let codes = this.byCountry.get(country);
		if (!codes) {
			codes = new Map();
			this.byCountry.set(country, codes);
		}
		let n = codes.get(code);
		if (n === undefined) {
			n = this.size++;
			codes.set(code, n);
		}
		return n;
	}
}

/** Levels of `levelOf` that a county and a town nest at (`countiesOf`). */
const COUNTY = 3;
const SETTLEMENT = 4;

/**
 * The level of a place that the items of a list share: countries, first-level divisions,
 * counties, settlements, anything else. "Ohio and Oregon" are states; "Paris and Lyon" cities.
 */
function levelOf(kind: PlaceKind): number {
	switch (kind) {
		case 'country':
			return 1;
		case 'admin1':
			return 2;
		case 'admin2':
			return COUNTY;
		case 'city':
		case 'town':
			return SETTLEMENT;
		default:
			return 0;
	}
}

/** The list partners of each group, as group numbers (partners outside `groups` are dropped). */
function partnersOf(groups: NameGroup[], t: Table): void {
	const number = new Map<NameGroup, number>();
	for (let gi = 0; gi < groups.length; gi++) number.set(groups[gi] as NameGroup, gi);
	const flat: number[] = [];
	for (let gi = 0; gi < groups.length; gi++) {
		t.partnerStart[gi] = flat.length;
		for (const p of (groups[gi] as NameGroup).listedWith) {
			const n = number.get(p);
			if (n !== undefined && n !== gi) flat.push(n);
		}
	}
	t.partnerStart[groups.length] = flat.length;
	t.partners = Int32Array.from(flat);
}

function tableOf(groups: NameGroup[]): Table {
	let size = 0;
	for (const g of groups) size += g.candidates.length;
	const t: Table = {
		groupStart: new Int32Array(groups.length + 1),
		groupOf: new Int32Array(size),
		country: new Int32Array(size),
		admin1Vote: new Int32Array(size),
		admin1Score: new Int32Array(size),
		point: new Uint8Array(size),
		level: new Uint8Array(size),
		topCity: new Float64Array(groups.length).fill(Infinity),
		partnerStart: new Int32Array(groups.length + 1),
		partners: new Int32Array(0),
		lng: new Float64Array(size),
		lat: new Float64Array(size),
		nestStart: new Int32Array(size + 1),
		nested: new Int32Array(0),
		countries: [],
		countryLng: [],
		countryLat: [],
		countryCount: 0,
		admin1Count: 0
	};
	const countries = new Map<string, number>();
	const countryNumber = (code: string) => {
		let n = countries.get(code);
		if (n === undefined) {
			n = t.countries.length;
			countries.set(code, n);
			t.countries.push(code);
			t.countryLng.push(NaN);
			t.countryLat.push(NaN);
		}
		return n;
	};
	const admin1s = new Numbering();
	let f = 0;
	for (let gi = 0; gi < groups.length; gi++) {
		t.groupStart[gi] = f;
		for (const c of (groups[gi] as NameGroup).candidates) {
			const p = c.place;
			const admin1 = p.admin1Code ? admin1s.of(p.countryCode, p.admin1Code) : -1;
			t.groupOf[f] = gi;
			t.country[f] = p.countryCode ? countryNumber(p.countryCode) : -1;
			if (p.kind === 'country' && p.countryCode) {
				t.countryLng[t.country[f] as number] = p.point[0];
				t.countryLat[t.country[f] as number] = p.point[1];
			}
			// A division votes for itself; anything inside one votes for it. A division is scored
			// on the others' votes too: a document naming Spokane and Yakima means the state of
			// Washington, not the city whose prior is higher.
			t.admin1Vote[f] = p.kind !== 'country' ? admin1 : -1;
			t.admin1Score[f] = p.kind !== 'country' ? admin1 : -1;
			t.point[f] = p.bbox !== null && p.kind !== 'admin2' ? 0 : 1;
			t.level[f] = levelOf(p.kind);
			if (t.level[f] === 4) {
				const top = t.topCity[gi] as number;
				t.topCity[gi] = top === Infinity ? p.importance : Math.max(top, p.importance);
			}
			t.lng[f] = p.point[0];
			t.lat[f] = p.point[1];
			f++;
		}
	}
	t.groupStart[groups.length] = f;
	partnersOf(groups, t);
	countiesOf(groups, t);
	t.countryCount = t.countries.length;
	t.admin1Count = admin1s.size;
	return t;
}

/** One round's evidence: every candidate's vote, weighted by its current share. */
interface Tally {
	countries: Float64Array;
	/** The name's vote for each candidate's country, carried by its best reading there (0 for the rest). */
	countryVote: Float64Array;
	admin1s: Float64Array;
	total: number;
	/** The heaviest point votes (candidate numbers), to bound the nearness scan. */
	strongest: number[];
}

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
		if (best > 0) for (let f = from; f < to; f++) out[f] = ((out[f] as number) * all) / best;
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

function satisfiesAny(c: Candidate, qualifiers: Qualifier[]): boolean {
	for (const q of qualifiers) if (satisfies(c, q)) return true;
	return false;
}

/** Whether `c`, a container, holds a reading of a name it qualifies ("Texas" of "Paris"). */
function holdsAny(c: Candidate, qualified: Candidate[][]): boolean {
	for (const inner of qualified) for (const i of inner) if (holds(c, i)) return true;
	return false;
}

/**
 * How much the names listed with group `gi` are read at candidate `f`'s level, 0 to 1 (the mean
 * over the partners of their weight at that level); 0 for a name in no list.
 */
function sameLevel(t: Table, weight: Float64Array, f: number, gi: number): number {
	const from = t.partnerStart[gi] as number;
	const to = t.partnerStart[gi + 1] as number;
	const level = t.level[f] as number;
	if (from === to || level === 0) return 0;
	let sum = 0;
	for (let k = from; k < to; k++) {
		const p = t.partners[k] as number;
		const end = t.groupStart[p + 1] as number;
		for (let o = t.groupStart[p] as number; o < end; o++)
			if (t.level[o] === level) sum += weight[o] as number;
	}
	return sum / (to - from);
}

/** Whether a point lies in a box (boxes crossing the antimeridian hold nothing here). */
function inBox(box: readonly number[], lng: number, lat: number): boolean {
	return (
		lng >= (box[0] as number) &&
		lat >= (box[1] as number) &&
		lng <= (box[2] as number) &&
		lat <= (box[3] as number)
	);
}

/** A one-degree cell's number (longitude and latitude floored). */
const cellKey = (x: number, y: number) => (y + 90) * 400 + (x + 200);

/** Whether `c` stands in for a namesake of group `g` the gazetteer lacks (`NameRecord.standIns`). */
const standInOf = (g: NameGroup, c: Candidate) => g.standIns.length > 0 && g.standIns.includes(c);

/** The pairs of a town and a county of different names where the county's box holds the town. */
function countiesOf(groups: NameGroup[], t: Table): void {
	const counties: number[] = [];
	const boxes: (readonly number[])[] = [];
	const settlements: number[] = [];
	let f = 0;
	for (const g of groups) {
		for (const c of g.candidates) {
			const box = c.place.bbox;
			if (c.place.kind === 'admin2' && box !== null && !standInOf(g, c)) {
				counties.push(f);
				boxes.push(box);
			}
			if (t.level[f] === SETTLEMENT) settlements.push(f);
			f++;
		}
	}
	// Most texts name no county: then there is nothing to pair (`nestStart` is all zeros).
	if (counties.length === 0) return;
	const size = t.nestStart.length - 1;
	const lists: number[][] = [];
	for (let k = 0; k < size; k++) lists.push([]);
	// Settlements by one-degree cell, so a county meets only the towns near its box: a text
	// naming thousands of counties and towns would otherwise pair every one with every other.
	const cells = new Map<number, number[]>();
	for (const p of settlements) {
		const key = cellKey(Math.floor(t.lng[p] as number), Math.floor(t.lat[p] as number));
		const cell = cells.get(key);
		if (cell) cell.push(p);
		else cells.set(key, [p]);
	}
	const inside: number[] = [];
	for (let k = 0; k < counties.length; k++) {
		const o = counties[k] as number;
		const box = boxes[k] as readonly number[];
		const [w, s, e, n] = box as [number, number, number, number];
		// A box across the antimeridian holds nothing here (see `inBox`).
		if (w > e) continue;
		inside.length = 0;
		for (let x = Math.floor(w); x <= Math.floor(e); x++) {
			for (let y = Math.floor(s); y <= Math.floor(n); y++) {
				for (const p of cells.get(cellKey(x, y)) ?? []) {
					if (t.groupOf[p] === t.groupOf[o]) continue;
					if (inBox(box, t.lng[p] as number, t.lat[p] as number)) inside.push(p);
				}
			}
		}
		// In candidate order, as a scan of every settlement would find them: the sums in
		// `countyFit` then run in one order, and every run gives the same bits.
		inside.sort((a, b) => a - b);
		for (const p of inside) {
			(lists[p] as number[]).push(o);
			(lists[o] as number[]).push(p);
		}
	}
	const flat: number[] = [];
	for (let k = 0; k < size; k++) {
		t.nestStart[k] = flat.length;
		for (const o of lists[k] as number[]) flat.push(o);
	}
	t.nestStart[size] = flat.length;
	t.nested = Int32Array.from(flat);
}

/**
 * How much a settlement and a county of the document hold each other, 0 to 1: for a town, the
 * weight of the other names' county readings whose box holds it; for a county, the weight of the
 * other names' town readings inside its box. Local news names a town with its county ("Paris and
 * Henry County", "Huntsville … Walker County"), and of all the namesakes only the pair that
 * nests fits.
 */
function countyFit(t: Table, weight: Float64Array, f: number): number {
	let sum = 0;
	const end = t.nestStart[f + 1] as number;
	for (let k = t.nestStart[f] as number; k < end; k++)
		sum += weight[t.nested[k] as number] as number;
	return Math.min(1, sum);
}

/**
 * The part of the flat country bonus a candidate gets whatever its country's share of the
 * document: 0.8, 0.7, 0.6 gave TR-News .7853, .7861, .7861 and LGL .7635, .7635, .7628.
 */
const COUNTRY_FLOOR = 0.7;

/** Bonus for a container that holds a reading of a name it qualifies ("Texas" of "Paris"). */
const QUALIFIES_BONUS = WEIGHTS.qualifier / 2;

/** Score candidate `f` of group `gi` against the votes of the other groups. */
function scoreCandidate(
	t: Table,
	x: Tally,
	weight: Float64Array,
	f: number,
	gi: number,
	group: NameGroup,
	c: Candidate,
	demonyms: Map<string, number>,
	worldly: number
): number {
	// In a wire story (`worldly` 1) every name but the dateline's own leans to a prominent place.
	const prominent = Math.max(0, c.place.importance - WEIGHTS.worldImportance);
	let s = WEIGHTS.prior * c.score + (group.standalone ? 0 : worldly * WEIGHTS.world * prominent);
	const from = t.groupStart[gi] as number;
	const to = t.groupStart[gi + 1] as number;
	const cn = t.country[f] as number;
	// The weight of the other names, against which the shares of countries and divisions are taken.
	let rest = 0;
	if (cn >= 0) {
		// A name is not its own evidence: its own votes are taken off.
		let v = x.countries[cn] as number;
		let own = 0;
		for (let o = from; o < to; o++) {
			if (t.country[o] === cn) v -= x.countryVote[o] as number;
			own += weight[o] as number;
		}
		const votes = Math.max(0, v) + (demonyms.get(t.countries[cn] as string) ?? 0);
		rest = Math.max(0, x.total - own);
		const share = rest > 0 ? Math.min(1, votes / rest) : 0;
		// One name's vote among many countries' is weaker evidence than the same vote in a story
		// about that country: "Washington" among London, Moscow and Tokyo does not make Paris
		// the one in Texas. Full from a third of the other names' weight up.
		s += WEIGHTS.country * Math.min(1, votes) * Math.min(1, COUNTRY_FLOOR + share);
		// A document about one country makes every other country's namesakes unlikely.
		s += WEIGHTS.countryShare * share;
	}
	// A region of no one country ("the Sahel", "Kurdistan") is as likely as the document's
	// countries inside it are: "the Sahel" among Niger, Mali and Burkina Faso is the region, not
	// Burkina Faso's province of that name, which those countries' votes would otherwise choose.
	const box = c.place.bbox;
	if (cn < 0 && box !== null && (c.place.kind === 'region' || c.place.kind === 'continent')) {
		let inside = 0;
		for (let k = 0; k < t.countryCount; k++) {
			const lng = t.countryLng[k] as number;
			const lat = t.countryLat[k] as number;
			if (lng !== lng || !inBox(box, lng, lat)) continue;
			let v = x.countries[k] as number;
			for (let o = from; o < to; o++) if (t.country[o] === k) v -= x.countryVote[o] as number;
			inside += Math.max(0, v);
		}
		s += WEIGHTS.country * Math.min(1, inside);
	}
	const an = t.admin1Score[f] as number;
	if (an >= 0) {
		let v = x.admin1s[an] as number;
		for (let o = from; o < to; o++) if (t.admin1Vote[o] === an) v -= weight[o] as number;
		s += WEIGHTS.admin1 * Math.min(1, Math.max(0, v));
		if (rest > 0) s += WEIGHTS.admin1Share * Math.min(1, Math.max(0, v) / rest);
	}
	if (group.qualifiers.length > 0) {
		s += satisfiesAny(c, group.qualifiers) ? WEIGHTS.qualifier : -WEIGHTS.qualifier;
	}
	// Added on every call, as nothing when it does not hold: qualifying pairs are rare, and
	// arithmetic first met after optimisation would throw the optimised code away.
	const holdsQualified = group.qualifies.length > 0 && holdsAny(c, group.qualifies);
	s += holdsQualified ? QUALIFIES_BONUS : 0;
	s += WEIGHTS.listLevel * sameLevel(t, weight, f, gi);
	// Added on every call, as nothing for most names (see `holdsQualified`). A dateline names a
	// city, or a country that is one ("SINGAPORE"), never a state or a county: "NEW YORK
	// (Reuters)" is the city, though the state is the more prominent place.
	const division = t.level[f] === 2 || t.level[f] === COUNTY;
	s +=
		group.standalone && !division && c.place.importance >= t.topCity[gi]! ? WEIGHTS.standalone : 0;
	s += WEIGHTS.county * countyFit(t, weight, f);
	// Nearness to the other (point) places: local news names places near each other.
	if (c.place.bbox === null) {
		let near = 0;
		const lng = t.lng[f] as number;
		const lat = t.lat[f] as number;
		// One degree of latitude is ~111 km: most points are rejected without trigonometry.
		const dLatMax = WEIGHTS.nearKm / 111;
		for (const p of x.strongest) {
			if (t.groupOf[p] === gi) continue;
			const pLat = t.lat[p] as number;
			if (Math.abs(pLat - lat) > dLatMax) continue;
			const d = haversineKm(lat, lng, pLat, t.lng[p] as number);
			if (d < WEIGHTS.nearKm) near += weight[p] as number;
		}
		s += WEIGHTS.near * Math.min(1, near);
	}
	return s;
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

/** Resolve every group; returns, per group, its candidates scored and sorted best first. */
export function resolveGroups(
	groups: NameGroup[],
	context: DocumentContext,
	rounds = WEIGHTS.rounds
): Scored[][] {
	const t = tableOf(groups);
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
	return result;
}
