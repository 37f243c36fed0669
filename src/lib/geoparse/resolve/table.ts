/**
 * The resolver's table (a hot kernel's data): every candidate of every group, flattened, with
 * the numbers of its country and division, its level, its point, and the pairs that nest.
 */

import type { Candidate, PlaceKind } from '../../gazetteer/index';
import type { NameGroup } from '../record';
import { countiesOf } from './counties';

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
export const COUNTY = 3;
export const SETTLEMENT = 4;

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

export function tableOf(groups: NameGroup[]): Table {
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

/** Whether `c` stands in for a namesake of group `g` the gazetteer lacks (`NameRecord.standIns`). */
export const standInOf = (g: NameGroup, c: Candidate) =>
	g.standIns.length > 0 && g.standIns.includes(c);
