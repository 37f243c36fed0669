/**
 * Sanity of every curated places table: rows parse, ids are public and unique, kinds and
 * feature codes agree, countries are ISO codes, each point lies in its box; the physical
 * features and news regions cover every kind and continent; and the build finds them by the
 * names news writes ("Lake Victoria", "Mt. Etna", "the Sinai Peninsula").
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { CURATED_ID, parseCuratedPlaces } from '../../../geo/lib/curated';
import type { EntryDraft, SkipCounts } from '../../../geo/lib/draft';
import { FEATURE_CODES, featureNames } from '../../../geo/lib/features';
import { DATA_DIR } from '../../../geo/scripts/paths';
import { KINDS } from '../../../src/lib/gazetteer/format';
import { nameKey } from '../../../src/lib/gazetteer/normalize';
import type { BBox } from '../../../src/lib/gazetteer/types';
import { realGazetteer } from '../gazetteer/artifact';

const files = readdirSync(DATA_DIR).filter((f) => /^places-.*\.tsv$/.test(f));
const skipped: SkipCounts = {};
const rows = files.flatMap((source) =>
	parseCuratedPlaces(readFileSync(join(DATA_DIR, source), 'utf8'), source, skipped).map((d) => ({
		...d,
		table: source
	}))
);
/** The raw country cell (the draft keeps '' for several countries). */
const countryCells = new Map(
	files.flatMap((f) =>
		readFileSync(join(DATA_DIR, f), 'utf8')
			.split('\n')
			.filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t'))
			.map((l) => l.split('\t'))
			.map((c) => [c[0] as string, c[3] as string] as const)
	)
);
const features = rows.filter((r) => FEATURE_CODES[r.featureCode] !== undefined);

const inBox = (lng: number, lat: number, [w, s, e, n]: BBox) =>
	lat >= s && lat <= n && (w <= e ? lng >= w && lng <= e : lng >= w || lng <= e);

/** Rough continent of a point, to show the tables are not one continent's. */
function continent(lng: number, lat: number): string {
	if (lat < -60) return 'Antarctica';
	if (lng >= -170 && lng <= -30)
		return lat > 12.5 || (lat > 7 && lng < -77) ? 'N America' : 'S America';
	if (lng > 110 && lat < -8) return 'Oceania';
	if (lng > 140 || lng < -170) return lat < 0 ? 'Oceania' : 'Asia';
	if (lng >= -30 && lng < 60 && lat < 35 && !(lng > 34 && lat > 12)) return 'Africa';
	if (lng < 40 && lat >= 35) return 'Europe';
	if (lng < 60 && lat >= 42) return 'Europe';
	return 'Asia';
}

describe('curated places tables', () => {
	it('every row parses', () => {
		expect(skipped).toEqual({});
		expect(rows.length).toBe(countryCells.size);
	});

	it('ids are public and unique', () => {
		const seen = new Map<string, string>();
		for (const r of rows) {
			expect(CURATED_ID.test(r.id), `${r.table}: ${r.id}`).toBe(true);
			expect(seen.get(r.id), `${r.id} is also ${seen.get(r.id)}`).toBeUndefined();
			seen.set(r.id, r.name);
			if (r.id.startsWith('enwiki:')) {
				const title = r.id.slice('enwiki:'.length);
				expect(title, r.id).toMatch(/^[^\s_a-z]/u);
				expect(title, r.id).not.toMatch(/__|_$/);
			}
		}
	});

	it('kinds are known and agree with the feature code', () => {
		for (const r of rows) {
			expect(KINDS, r.id).toContain(r.kind);
			const kind = FEATURE_CODES[r.featureCode];
			if (kind) expect(r.kind, `${r.id} ${r.featureCode}`).toBe(kind);
		}
	});

	it('countries are ISO 3166-1 alpha-2 codes', () => {
		for (const [id, cell] of countryCells) {
			for (const cc of cell.split(',').filter(Boolean)) {
				expect(countries.isValid(cc) && /^[A-Z]{2}$/.test(cc), `${id}: ${cc}`).toBe(true);
			}
		}
	});

	it("every point lies in its row's box, and every feature has an extent", () => {
		for (const r of rows) {
			if (r.bbox) expect(inBox(r.lng, r.lat, r.bbox), `${r.id} ${r.name}`).toBe(true);
		}
		for (const r of features) expect(r.bbox, `${r.id} ${r.name}`).not.toBeNull();
	});

	it('no feature is written twice (same name, same code, within 100 km)', () => {
		const byKey = new Map<string, (typeof rows)[number][]>();
		for (const r of features) {
			const k = `${nameKey(r.name)}|${r.featureCode}`;
			for (const o of byKey.get(k) ?? []) {
				const km =
					Math.hypot((o.lng - r.lng) * Math.cos((r.lat * Math.PI) / 180), o.lat - r.lat) * 111;
				expect(km > 100, `${r.id} repeats ${o.id}`).toBe(true);
			}
			byKey.set(k, [...(byKey.get(k) ?? []), r]);
		}
	});

	it('at least 1,500 physical features and news regions, of every kind, on every continent', () => {
		expect(features.length).toBeGreaterThanOrEqual(1500);
		const codes = new Set(features.map((r) => r.featureCode));
		for (const c of [
			'LK',
			'STM',
			'SEA',
			'GULF',
			'BAY',
			'STRT',
			'MT',
			'VLC',
			'MTS',
			'ISL',
			'ISLS',
			'PEN',
			'CAPE',
			'DSRT',
			'VAL',
			'PLAT',
			'DLTA',
			'RGN',
			'CMPRF',
			'PSTB',
			'ST',
			'SQR',
			'PRK',
			'RESV'
		]) {
			expect(codes, c).toContain(c);
		}
		const byContinent = new Map<string, number>();
		for (const r of features) {
			const c = continent(r.lng, r.lat);
			byContinent.set(c, (byContinent.get(c) ?? 0) + 1);
		}
		for (const c of ['Africa', 'Asia', 'Europe', 'N America', 'S America', 'Oceania']) {
			expect(byContinent.get(c) ?? 0, c).toBeGreaterThanOrEqual(100);
		}
	});
});

describe('feature names in the build', () => {
	const draft = (
		name: string,
		kind: EntryDraft['kind'],
		featureCode: string,
		aliases: string[] = [],
		standAlone?: string[]
	): EntryDraft => ({
		id: `test:${name}`,
		name,
		aliases,
		alternates: [],
		kind,
		featureCode,
		countryCode: '',
		admin1: '',
		population: 0,
		importance: 5,
		lng: 0,
		lat: 0,
		bbox: null,
		source: kind === 'town' ? 'geonames' : 'curated',
		...(standAlone ? { standAlone } : {})
	});

	it('a bare alias a town bears is left to the town, unless marked to stand alone', () => {
		const etna = draft('Mount Etna', 'landmark', 'VLC', ['Etna', 'Mongibello']);
		const thames = draft('River Thames', 'water', 'STM', ['Thames'], ['Thames']);
		const towns = [draft('Etna', 'town', 'PPL'), draft('Thames', 'town', 'PPL')];
		expect(featureNames([etna, thames, ...towns])).toBe(1);
		expect(etna.aliases).toEqual(['Mongibello']);
		expect(thames.aliases).toContain('Thames');
	});

	it('a feature yields its rank to a settlement of its name, unless far more prominent', () => {
		const town = (name: string, importance: number) => ({
			...draft(name, 'town', 'PPL'),
			importance
		});
		const luzon = { ...draft('Luzon', 'region', 'ISL'), countryCode: 'PH', importance: 5 };
		const hood = { ...draft('Mount Hood', 'landmark', 'MT'), importance: 4.5 };
		featureNames([luzon, hood, town('Luzon', 3.5), town('Mount Hood', 4.2)]);
		expect(luzon.importance).toBe(5);
		expect(hood.importance).toBeCloseTo(3.7);
	});

	it('rivers are found in both word orders', () => {
		const tigris = draft('Tigris River', 'water', 'STM');
		const severn = draft('River Severn', 'water', 'STM');
		featureNames([tigris, severn]);
		expect(tigris.aliases).toContain('River Tigris');
		expect(severn.aliases).toContain('Severn River');
	});

	it(
		'the real gazetteer finds features by the names news writes, with their kind and code',
		{
			timeout: 300_000
		},
		async () => {
			const g = await realGazetteer();
			const cases: [string, string][] = [
				['Lake Victoria', 'LK'],
				['Mount Kenya', 'VLC'],
				['Mt. Etna', 'VLC'],
				['Mt Everest', 'MT'],
				['the Sinai Peninsula', 'PEN'],
				['Strait of Malacca', 'STRT'],
				['River Thames', 'STM'],
				['Thames River', 'STM'],
				['Himalayas', 'MTS'],
				['Sahara', 'DSRT'],
				['Okavango Delta', 'DLTA'],
				['Kakuma refugee camp', 'CMPRF'],
				['Buton Strait', 'STRT'],
				['Lyngen Alps', 'MTS'],
				['Wakatobi', 'ISLS'],
				['Raja Ampat', 'ISLS'],
				['Tahrir Square', 'SQR'],
				['Champs-Élysées', 'ST'],
				['Champs Elysees', 'ST'],
				['Kruger National Park', 'PRK'],
				['Katlodeeche First Nation', 'RESV'],
				['Pine Ridge Reservation', 'RESV']
			];
			for (const [name, code] of cases) {
				const top = g.lookup(name)[0];
				expect(top?.place.featureCode, name).toBe(code);
				expect(top?.place.bbox, name).not.toBeNull();
			}
		}
	);
});
