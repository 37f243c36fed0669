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

/**
 * Non-settlement feature codes whose kind differs from their class's (below). Areas of land
 * (islands, peninsulas, deserts, valleys, ranges, plains) are regions; point features of terrain
 * (peaks, hills, volcanoes, capes, passes) and sites are landmarks.
 */
const FEATURE_KINDS: Record<string, PlaceKind> = {
	ISL: 'region',
	ISLS: 'region',
	ISLET: 'region',
	ATOL: 'region',
	ARCH: 'region',
	PEN: 'region',
	DSRT: 'region',
	VAL: 'region',
	VALS: 'region',
	MTS: 'region',
	HLLS: 'region',
	PLAT: 'region',
	PLN: 'region',
	UPLD: 'region',
	BSNU: 'water',
	RGN: 'region',
	RGNE: 'region',
	AREA: 'region',
	OAS: 'region'
};

/**
 * The kind of every other feature, by class (GeoNames' readme): H streams, lakes, seas → water;
 * T terrain → landmark (unless above); L areas and parks → landmark, regions above; S spots and
 * buildings → landmark; V vegetation (forests, grassland) → region; R roads and railways →
 * landmark; U undersea → water. Class A is the divisions' (their own tables) and is left out.
 */
const CLASS_KINDS: Record<string, PlaceKind> = {
	H: 'water',
	T: 'landmark',
	L: 'landmark',
	S: 'landmark',
	V: 'region',
	R: 'landmark',
	U: 'water'
};

/** Historical features (a former stream, region, division): not today's places. */
const HISTORICAL = /^(ADM\dH|ADMDH|PCLH|RGNH|STMH|LKH|PPLH|PPLQ|PPLW|PPLCH)$/;

/**
 * Populated places at or above this population, or seats of government, are `city`; sections of
 * a populated place (`PPLX`) are `neighbourhood`.
 */
const CITY_POPULATION = 15000;

/**
 * The kind a GeoNames row becomes, or null to leave it out. All populated places (class P,
 * except abandoned/historical/destroyed) are kept, and every feature of classes H, T, L, S, V,
 * R, U (a full dump's lakes, rivers, mountains, islands, sites, forests, roads) except historical
 * ones. ADM1/ADM2/PCL rows (class A) are left out: divisions and countries come from their own
 * tables.
 */
export function geonamesKind(row: GeonamesRow): PlaceKind | null {
	if (HISTORICAL.test(row.featureCode)) return null;
	if (row.featureClass === 'P') {
		if (row.featureCode === 'PPLX') return 'neighbourhood';
		const seat = /^PPL(C|A|A2|G)$/.test(row.featureCode);
		return seat || row.population >= CITY_POPULATION ? 'city' : 'town';
	}
	return FEATURE_KINDS[row.featureCode] ?? CLASS_KINDS[row.featureClass] ?? null;
}

/**
 * Whether an alternate name in another script is worth a search-only name (the correction
 * search finds "Кербела"): a name, not a code, URL or stray fragment.
 */
export function keepOtherScript(alt: string): boolean {
	if (alt.length < 2 || alt.length > 80) return false;
	if (alt.includes('http') || alt.includes('\n') || alt.includes('|')) return false;
	return !/^[\p{Script=Latin}\p{M}0-9 '’ʼ`.,()\-–/]+$/u.test(alt) && /\p{L}/u.test(alt);
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
