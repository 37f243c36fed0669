/**
 * Per-division statistics of GeoNames' populated places (population, extent, seat) that the
 * admin1/admin2 builders use where no polygon exists.
 */

import type { GeonamesRow } from './geonames';

/** Aggregate of the places inside one division code ("IQ.12" or "US.IL.031"). */
export interface DivisionStats {
	population: number;
	/** Population-weighted sums for a centroid. */
	sumLng: number;
	sumLat: number;
	weight: number;
	w: number;
	s: number;
	e: number;
	n: number;
	/** The seat (PPLA for admin1, PPLA2 for admin2), if seen. */
	seat: [number, number] | null;
}

function addStats(
	map: Map<string, DivisionStats>,
	code: string,
	row: GeonamesRow,
	isSeat: boolean
): void {
	let st = map.get(code);
	if (!st) {
		st = {
			population: 0,
			sumLng: 0,
			sumLat: 0,
			weight: 0,
			w: 180,
			s: 90,
			e: -180,
			n: -90,
			seat: null
		};
		map.set(code, st);
	}
	const wgt = Math.max(row.population, 1);
	st.population += row.population;
	st.sumLng += row.lng * wgt;
	st.sumLat += row.lat * wgt;
	st.weight += wgt;
	st.w = Math.min(st.w, row.lng);
	st.e = Math.max(st.e, row.lng);
	st.s = Math.min(st.s, row.lat);
	st.n = Math.max(st.n, row.lat);
	if (isSeat && !st.seat) st.seat = [row.lng, row.lat];
}

/** The division statistics of one GeoNames source. */
export interface SourceDivisions {
	admin1: Map<string, DivisionStats>;
	admin2: Map<string, DivisionStats>;
}

/** Count a populated place in its admin1 and admin2 division (other rows are not counted). */
export function tallyDivisions(divisions: SourceDivisions, row: GeonamesRow): void {
	if (row.featureClass !== 'P' || !row.countryCode || !row.admin1Code) return;
	const a1 = `${row.countryCode}.${row.admin1Code}`;
	addStats(divisions.admin1, a1, row, row.featureCode === 'PPLA' || row.featureCode === 'PPLC');
	if (row.admin2Code) {
		addStats(divisions.admin2, `${a1}.${row.admin2Code}`, row, row.featureCode === 'PPLA2');
	}
}
