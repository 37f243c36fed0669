import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolve } from '../../../geo/lib/areas';
import type { EntryDraft } from '../../../geo/lib/draft';
import { containsPoint } from '../../../geo/lib/geometry';
import { parseCuratedPlaces } from '../../../geo/lib/curated';
import { applyUnions, parseUnions } from '../../../geo/lib/unions';
import { realAreas, realGazetteer } from '../gazetteer/artifact';

const HEADER = 'id\tname\taliases\tmembers\timportance\tdefinition\n';

function division(id: string, cc: string, bbox: [number, number, number, number]): EntryDraft {
	return {
		id,
		name: id,
		aliases: [],
		alternates: [],
		kind: 'admin1',
		featureCode: 'ADM1',
		countryCode: cc,
		admin1: id.slice(-2),
		population: 1000,
		importance: 6,
		lng: (bbox[0] + bbox[2]) / 2,
		lat: (bbox[1] + bbox[3]) / 2,
		bbox,
		source: 'test'
	};
}

const square = (w: number, s: number, size = 1): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[w + size, s],
			[w + size, s + size],
			[w, s + size],
			[w, s]
		]
	]
});

describe('region unions table', () => {
	it('parses rows and skips malformed ones, counted', () => {
		const skipped = {};
		const rows = parseUnions(
			HEADER +
				[
					'enwiki:Test_Region\tTest Region\tTR|The Test\tXX.01,XX.02\t6.5\tours',
					'wd:Q1\tWhole\t\tAA,BB\t\tcountries',
					'not an id\tBad\t\tXX.01,XX.02\t6\t',
					'enwiki:One\tOne member\t\tXX.01\t6\t',
					'enwiki:Bad_Code\tBad code\t\txx-1,XX.02\t6\t'
				].join('\n'),
			'unions.tsv',
			skipped
		);
		expect(rows.map((r) => r.id)).toEqual(['enwiki:Test_Region', 'wd:Q1']);
		expect(rows[0]).toMatchObject({
			aliases: ['TR', 'The Test'],
			members: ['admin1:XX.01', 'admin1:XX.02'],
			importance: 6.5
		});
		expect(rows[1]).toMatchObject({ members: ['country:AA', 'country:BB'], importance: null });
		expect(skipped).toEqual({ 'unions.tsv': 3 });
	});

	it('places a new region by its members, and outlines an existing one', () => {
		const drafts = [
			division('admin1:XX.01', 'XX', [10, 10, 12, 12]),
			division('admin1:XX.02', 'XX', [12, 10, 13, 11]),
			{ ...division('wd:Q1', '', [0, 0, 30, 30]), kind: 'region' as const, aliases: ['Old'] }
		];
		const skipped = {};
		const rows = parseUnions(
			HEADER +
				'enwiki:Test_Region\tTest Region\t\tXX.01,XX.02\t6.5\t\n' +
				'wd:Q1\tWhole\tNew\tXX.01,XX.02\t\t\n' +
				'enwiki:Missing\tMissing\t\tXX.01,XX.09\t6\t\n',
			'unions.tsv',
			skipped
		);
		const placed = applyUnions(drafts, rows, 'unions.tsv', skipped);
		expect([...placed.keys()]).toEqual(['enwiki:Test_Region', 'wd:Q1']);
		expect(skipped).toEqual({ 'unions.tsv': 1 });
		const region = drafts.find((d) => d.id === 'enwiki:Test_Region');
		expect(region).toMatchObject({
			kind: 'region',
			countryCode: 'XX',
			bbox: [10, 10, 13, 12],
			importance: 6.5,
			population: 2000
		});
		// The larger member weighs more: the point is in its box.
		expect(region!.lng).toBeGreaterThanOrEqual(10);
		expect(region!.lng).toBeLessThanOrEqual(12);
		const existing = drafts.find((d) => d.id === 'wd:Q1');
		expect(existing).toMatchObject({ bbox: [0, 0, 30, 30], aliases: ['Old', 'New'] });
	});

	it('dissolves shared borders into one outline', () => {
		const joined = dissolve([square(0, 0), square(1, 0)]);
		expect(joined?.type).toBe('Polygon');
		expect(containsPoint(joined!, [1, 0.5])).toBe(true);
		const apart = dissolve([square(0, 0), square(5, 0)]);
		expect(apart?.type).toBe('MultiPolygon');
	});

	it('every row of geo/data/region-unions.tsv parses', () => {
		const skipped = {};
		const text = readFileSync(
			join(import.meta.dirname, '../../../geo/data/region-unions.tsv'),
			'utf8'
		);
		const rows = parseUnions(text, 'region-unions.tsv', skipped);
		expect(skipped).toEqual({});
		expect(rows.length).toBeGreaterThanOrEqual(15);
	});

	it("no new union's name or alias is another curated row's: one entry per region", () => {
		const dir = join(import.meta.dirname, '../../../geo/data');
		const unions = parseUnions(readFileSync(join(dir, 'region-unions.tsv'), 'utf8'), 'u', {});
		const curated = new Map<string, string>();
		for (const file of readdirSync(dir).filter((f) => /^places-.*\.tsv$/.test(f)))
			for (const row of parseCuratedPlaces(readFileSync(join(dir, file), 'utf8'), file, {}))
				for (const n of [row.name, ...row.aliases]) curated.set(n.toLowerCase(), row.id);
		const ids = new Set(curated.values());
		for (const u of unions) {
			if (ids.has(u.id)) continue;
			for (const n of [u.name, ...u.aliases])
				expect(curated.get(n.toLowerCase()), `${u.id}: "${n}"`).toBeUndefined();
		}
	});

	it('in the built artifacts: Donbas holds Donetsk and Luhansk, not Kharkiv; Darfur is one outline', async () => {
		const [gaz, areas] = [await realGazetteer(), await realAreas()];
		const donbas = gaz.lookup('Donbas')[0]?.place;
		expect(donbas?.id).toBe('enwiki:Donbas');
		expect(donbas?.kind).toBe('region');
		const city = (name: string, cc: string) =>
			gaz.lookup(name, { kinds: ['city'], countryCode: cc })[0]!.place.point;
		const outline = areas.area('enwiki:Donbas');
		expect(containsPoint(outline, city('Donetsk', 'UA'))).toBe(true);
		expect(containsPoint(outline, city('Luhansk', 'UA'))).toBe(true);
		expect(containsPoint(outline, city('Kharkiv', 'UA'))).toBe(false);
		expect(containsPoint(outline, donbas!.point)).toBe(true);
		expect(areas.area('enwiki:Darfur')?.type).toBe('Polygon');
		// An existing curated region gains an outline from its members.
		expect(containsPoint(areas.area('wd:Q18389'), city('Boston', 'US'))).toBe(true);
	}, 180_000);
});
