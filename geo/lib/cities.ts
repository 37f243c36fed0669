/**
 * GeoNames rows → drafts, plus per-division statistics (population, extent, seat) that the
 * admin1/admin2 builders use where no polygon exists.
 */

import type { EntryDraft, SkipCounts } from './draft';
import { countSkip } from './draft';
import {
	geonamesKind,
	keepAlternate,
	keepOtherScript,
	parseGeonamesLine,
	type GeonamesRow
} from './geonames';
import { importanceOf } from './importance';

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

export interface CollectedPlaces {
	drafts: EntryDraft[];
	admin1: Map<string, DivisionStats>;
	admin2: Map<string, DivisionStats>;
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

/** One empty list for every draft without aliases (a full dump has millions of rows). */
const NONE: string[] = [];

/**
 * Accumulates GeoNames lines one at a time, so a multi-gigabyte dump streams through. Drafts
 * share their short repeated strings (feature, country and admin1 codes) and empty lists, so a
 * full dump's millions of rows fit in memory.
 */
export class GeonamesCollector {
	readonly drafts: EntryDraft[] = [];
	readonly admin1 = new Map<string, DivisionStats>();
	readonly admin2 = new Map<string, DivisionStats>();
	private readonly interned = new Map<string, string>();

	private intern(s: string): string {
		const known = this.interned.get(s);
		if (known !== undefined) return known;
		this.interned.set(s, s);
		return s;
	}

	constructor(
		private readonly source: string,
		private readonly skipped: SkipCounts
	) {}

	addLine(line: string): void {
		if (line === '' || line.startsWith('#')) return;
		const row = parseGeonamesLine(line);
		if (!row) return countSkip(this.skipped, this.source);
		const kind = geonamesKind(row);
		if (!kind) return;
		if (row.featureClass === 'P' && row.countryCode) {
			const a1 = `${row.countryCode}.${row.admin1Code}`;
			if (row.admin1Code)
				addStats(this.admin1, a1, row, row.featureCode === 'PPLA' || row.featureCode === 'PPLC');
			if (row.admin1Code && row.admin2Code) {
				addStats(this.admin2, `${a1}.${row.admin2Code}`, row, row.featureCode === 'PPLA2');
			}
		}
		const alternates = row.alternateNames.filter(keepAlternate);
		const other = row.alternateNames.filter(keepOtherScript);
		const aliases = row.asciiName && row.asciiName !== row.name ? [row.asciiName] : NONE;
		this.drafts.push({
			id: `gn:${row.geonameId}`,
			name: row.name,
			aliases,
			alternates: alternates.length > 0 ? alternates : NONE,
			searchNames: other.length > 0 ? other : undefined,
			kind,
			featureCode: this.intern(row.featureCode),
			countryCode: this.intern(row.countryCode),
			admin1: this.intern(row.admin1Code),
			admin2: this.intern(row.admin2Code),
			population: row.population,
			importance: importanceOf(kind, row.population, row.featureCode),
			lng: row.lng,
			lat: row.lat,
			bbox: null,
			source: this.source
		});
	}

	result(): CollectedPlaces {
		return { drafts: this.drafts, admin1: this.admin1, admin2: this.admin2 };
	}
}
