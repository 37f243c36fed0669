/**
 * GeoNames dump rows (cities500.txt, allCountries.txt, XX.txt share one layout): parsing and
 * the choice of which feature codes become gazetteer entries.
 * https://download.geonames.org/export/dump/readme.txt — 19 tab-separated columns.
 */

import type { PlaceKind } from '../../src/lib/gazetteer/types';

/** The columns of a GeoNames row that the gazetteer uses. */
export interface GeonamesRow {
	geonameId: number;
	name: string;
	asciiName: string;
	/** Comma-separated in the dump; split here. */
	alternateNames: string[];
	lat: number;
	lng: number;
	featureClass: string;
	featureCode: string;
	countryCode: string;
	admin1Code: string;
	admin2Code: string;
	population: number;
}

const GEONAMES_COLUMNS = 19;

/**
 * Parse one dump line, or return null when it is malformed (wrong column count, bad id or
 * coordinates, empty name). Callers count the nulls; a bad row never stops a build.
 */
export function parseGeonamesLine(line: string): GeonamesRow | null {
	const c = line.split('\t');
	if (c.length !== GEONAMES_COLUMNS) return null;
	const geonameId = Number(c[0]);
	const lat = Number(c[4]);
	const lng = Number(c[5]);
	const name = (c[1] ?? '').trim();
	if (!Number.isInteger(geonameId) || geonameId <= 0 || name === '') return null;
	if (c[4] === '' || c[5] === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
	if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
	const countryCode = c[8] ?? '';
	if (countryCode !== '' && !/^[A-Z]{2}$/.test(countryCode)) return null;
	const population = c[14] === '' ? 0 : Number(c[14]);
	if (!Number.isFinite(population) || population < 0) return null;
	return {
		geonameId,
		name,
		asciiName: c[2] ?? '',
		alternateNames: c[3] ? (c[3] as string).split(',') : [],
		lat,
		lng,
		featureClass: c[6] ?? '',
		featureCode: c[7] ?? '',
		countryCode,
		admin1Code: c[10] ?? '',
		admin2Code: c[11] ?? '',
		population
	};
}

/** Non-settlement feature codes worth a news gazetteer, when a full dump is imported. */
const FEATURE_KINDS: Record<string, PlaceKind> = {
	MILB: 'landmark',
	NVB: 'landmark',
	AIRB: 'landmark',
	AIRP: 'landmark',
	BLDG: 'landmark',
	GOVL: 'landmark',
	PAL: 'landmark',
	CSTL: 'landmark',
	MUS: 'landmark',
	STDM: 'landmark',
	UNIV: 'landmark',
	PRSN: 'landmark',
	DAM: 'landmark',
	BDG: 'landmark',
	PRT: 'landmark',
	RLG: 'landmark',
	MNMT: 'landmark',
	PRK: 'landmark',
	OCN: 'water',
	SEA: 'water',
	GULF: 'water',
	BAY: 'water',
	STRT: 'water',
	LK: 'water',
	LKS: 'water',
	STM: 'water',
	RGN: 'region',
	PEN: 'region',
	ISL: 'region',
	ISLS: 'region',
	DSRT: 'region',
	VAL: 'region',
	MT: 'landmark',
	MTS: 'region'
};

/** Populated places at or above this population, or seats of government, are `city`. */
const CITY_POPULATION = 15000;

/**
 * The kind a GeoNames row becomes, or null to leave it out. All populated places (class P,
 * except abandoned/historical/destroyed) are kept; other classes only for the codes above.
 * ADM1/ADM2/PCL rows are left out: divisions and countries come from their own tables.
 */
export function geonamesKind(row: GeonamesRow): PlaceKind | null {
	if (row.featureClass === 'P') {
		if (/^PPL(H|Q|W|CH)$/.test(row.featureCode)) return null;
		const seat = /^PPL(C|A|A2|G)$/.test(row.featureCode);
		return seat || row.population >= CITY_POPULATION ? 'city' : 'town';
	}
	return FEATURE_KINDS[row.featureCode] ?? null;
}

/**
 * Whether an alternate name is worth indexing: Latin script only (the app reads English news),
 * not an all-capital short code (IATA codes such as "BGW" collide with acronyms), not a URL.
 */
export function keepAlternate(alt: string): boolean {
	if (alt.length < 2 || alt.length > 80) return false;
	if (/^[A-Z0-9]{2,4}$/.test(alt)) return false;
	if (alt.includes('http') || alt.includes('\n') || alt.includes('|')) return false;
	// Latin letters (with diacritics), digits, spaces and common punctuation only.
	return /^[\p{Script=Latin}\p{M}0-9 '’ʼ`.,()\-–/]+$/u.test(alt);
}
