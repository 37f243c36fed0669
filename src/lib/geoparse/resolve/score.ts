/**
 * The score of one candidate against the votes of the other names (a hot kernel): its prior, its
 * country's and division's votes, its qualifiers, its list's level, its county, its neighbours.
 * Every term is a named weight of `weights.ts`; `terms`, when given, receives each term, so the
 * chosen reading can say why it won (`explain.ts`).
 */

import { haversineKm, type Candidate } from '../../gazetteer/index';
import { holds, satisfies } from '../context/qualifiers';
import type { NameGroup, Qualifier, ScoreTerms } from '../record';
import { WEIGHTS } from '../weights';
import { inBox } from './counties';
import { COUNTY, type Table, type Tally } from './shape';

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

const COUNTRY_FLOOR = WEIGHTS.countryFloor;

/** Bonus for a container that holds a reading of a name it qualifies ("Texas" of "Paris"). */
const QUALIFIES_BONUS = WEIGHTS.qualifier / 2;

/** Score candidate `f` of group `gi` against the votes of the other groups. */
export function scoreCandidate(
	t: Table,
	x: Tally,
	weight: Float64Array,
	f: number,
	gi: number,
	group: NameGroup,
	c: Candidate,
	demonyms: Map<string, number>,
	worldly: number,
	terms: ScoreTerms | null = null
): number {
	// In a wire story (`worldly` 1) every name but the dateline's own leans to a prominent place.
	const prominent = Math.max(0, c.place.importance - WEIGHTS.worldImportance);
	const prior = WEIGHTS.prior * c.score;
	const world = group.standalone ? 0 : worldly * WEIGHTS.world * prominent;
	let s = prior + world;
	let country = 0;
	let region = 0;
	let admin1 = 0;
	let qualifier = 0;
	let near = 0;
	let nearCount = 0;
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
		const flat = WEIGHTS.country * Math.min(1, votes) * Math.min(1, COUNTRY_FLOOR + share);
		s += flat;
		// A document about one country makes every other country's namesakes unlikely.
		const scaled = WEIGHTS.countryShare * share;
		s += scaled;
		country = flat + scaled;
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
		region = WEIGHTS.country * Math.min(1, inside);
		s += region;
	}
	const an = t.admin1Score[f] as number;
	if (an >= 0) {
		let v = x.admin1s[an] as number;
		for (let o = from; o < to; o++) if (t.admin1Vote[o] === an) v -= weight[o] as number;
		admin1 = WEIGHTS.admin1 * Math.min(1, Math.max(0, v));
		s += admin1;
		if (rest > 0) {
			const scaled = WEIGHTS.admin1Share * Math.min(1, Math.max(0, v) / rest);
			s += scaled;
			admin1 += scaled;
		}
	}
	if (group.qualifiers.length > 0) {
		qualifier = satisfiesAny(c, group.qualifiers) ? WEIGHTS.qualifier : -WEIGHTS.qualifier;
		s += qualifier;
	}
	// Added on every call, as nothing when it does not hold: qualifying pairs are rare, and
	// arithmetic first met after optimisation would throw the optimised code away.
	const holdsQualified = group.qualifies.length > 0 && holdsAny(c, group.qualifies);
	const qualifies = holdsQualified ? QUALIFIES_BONUS : 0;
	s += qualifies;
	const listLevel = WEIGHTS.listLevel * sameLevel(t, weight, f, gi);
	s += listLevel;
	// Added on every call, as nothing for most names (see `holdsQualified`). A dateline names a
	// city, or a country that is one ("SINGAPORE"), never a state or a county: "NEW YORK
	// (Reuters)" is the city, though the state is the more prominent place.
	const division = t.level[f] === 2 || t.level[f] === COUNTY;
	const standalone =
		group.standalone && !division && c.place.importance >= t.topCity[gi]! ? WEIGHTS.standalone : 0;
	s += standalone;
	const county = WEIGHTS.county * countyFit(t, weight, f);
	s += county;
	// Nearness to the other (point) places: local news names places near each other.
	if (c.place.bbox === null) {
		let close = 0;
		const lng = t.lng[f] as number;
		const lat = t.lat[f] as number;
		// One degree of latitude is ~111 km: most points are rejected without trigonometry.
		const dLatMax = WEIGHTS.nearKm / 111;
		for (const p of x.strongest) {
			if (t.groupOf[p] === gi) continue;
			const pLat = t.lat[p] as number;
			if (Math.abs(pLat - lat) > dLatMax) continue;
			const d = haversineKm(lat, lng, pLat, t.lng[p] as number);
			if (d < WEIGHTS.nearKm) {
				close += weight[p] as number;
				nearCount++;
			}
		}
		near = WEIGHTS.near * Math.min(1, close);
		s += near;
	}
	if (terms !== null) {
		terms.prior = prior;
		terms.world = world;
		terms.country = country;
		terms.region = region;
		terms.admin1 = admin1;
		terms.qualifier = qualifier;
		terms.qualifies = qualifies;
		terms.listLevel = listLevel;
		terms.standalone = standalone;
		terms.county = county;
		terms.near = near;
		terms.nearCount = nearCount;
	}
	return s;
}
