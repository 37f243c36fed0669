/**
 * The resolver's table (a hot kernel's data): every candidate of every group, flattened, with
 * the numbers of its country and division, its level, its point, and the pairs that nest.
 */

import type { Place, PlaceKind } from '../../gazetteer/index';
import type { NameGroup } from '../record';
import { countiesOf } from './counties';
import { WEIGHTS } from '../weights';
import { COUNTY, SETTLEMENT, type Table } from './shape';

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
		case 'neighbourhood':
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

export function tableOf(groups: NameGroup[], isCapital: (place: Place) => boolean): Table {
	let size = 0;
	for (const g of groups) size += g.candidates.length;
	const t: Table = {
		groupStart: new Int32Array(groups.length + 1),
		groupOf: new Int32Array(size),
		country: new Int32Array(size),
		admin1Vote: new Int32Array(size),
		admin1Score: new Int32Array(size),
		point: new Uint8Array(size),
		voteScale: new Float64Array(size),
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
			t.voteScale[f] = isCapital(p) ? WEIGHTS.capitalVote : 1;
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
