import { describe, expect, it } from 'vitest';
import { cityLabels, countryLabel, townCells } from '../../../src/lib/map/labels';

describe('cityLabels', () => {
	const row = (name: string, lat: number, lng: number, code: string, population: number) =>
		[
			'1',
			name,
			name,
			'',
			lat,
			lng,
			'P',
			code,
			'IQ',
			'',
			'',
			'',
			'',
			'',
			population,
			'',
			'',
			'x',
			''
		].join('\t');
	const tsv = [
		row('Baghdad', 33.34, 44.4, 'PPLC', 7_000_000),
		row('Basra', 30.5, 47.8, 'PPLA', 2_600_000),
		row('Taji', 33.5, 44.3, 'PPL', 80_000),
		row('Tiny capital', 1, 2, 'PPLC', 500)
	].join('\n');

	it('keeps capitals and big cities, biggest first, in [lng, lat]', () => {
		const labels = cityLabels(tsv, 1_000_000);
		expect(labels.map((f) => [f.properties.name, f.properties.class])).toEqual([
			['Baghdad', 'capital'],
			['Basra', 'city'],
			['Tiny capital', 'capital']
		]);
		expect(labels[0]!.geometry.coordinates).toEqual([44.4, 33.34]);
	});
});

describe('countryLabel', () => {
	it('labels the largest part of a country, inside it', () => {
		const square = (x: number, size: number) => [
			[
				[x, 0],
				[x + size, 0],
				[x + size, size],
				[x, size],
				[x, 0]
			]
		];
		const label = countryLabel('Twoland', {
			type: 'MultiPolygon',
			coordinates: [square(0, 1), square(10, 4)]
		});
		const [lng, lat] = label!.geometry.coordinates as [number, number];
		expect(lng).toBeGreaterThan(10);
		expect(lng).toBeLessThan(14);
		expect(lat).toBeGreaterThan(0);
		expect(label!.properties.class).toBe('country');
	});
});

describe('townCells', () => {
	const row = (name: string, lat: number, lng: number, code: string, population: number) =>
		[
			'1',
			name,
			name,
			'',
			lat,
			lng,
			'P',
			code,
			'IQ',
			'',
			'',
			'',
			'',
			'',
			population,
			'',
			'',
			'x',
			''
		].join('\t');
	const tsv = [
		row('Baghdad', 33.34, 44.4, 'PPLC', 7_000_000),
		row('Basra', 30.5, 47.8, 'PPLA', 2_600_000),
		row('Al Musayyib', 32.78, 44.29, 'PPL', 42_901),
		row('Al Hindiyah', 32.54, 44.22, 'PPL', 57_490),
		row('Hamlet', 32.5, 44.5, 'PPL', 900),
		row('Zakho', 37.14, 42.68, 'PPL', 95_000),
		row('Tiny capital', 1, 2, 'PPLC', 2_500),
		'broken\trow',
		row('Nowhere', Number.NaN, 44, 'PPL', 5_000)
	].join('\n');
	const cells = townCells(tsv, { minPopulation: 2_000, cityPopulation: 300_000, cellDegrees: 5 });

	it('keeps the towns the city labels leave out, in their cells, biggest first', () => {
		expect([...cells.keys()].sort()).toEqual(['40_30', '40_35']);
		expect(cells.get('40_30')?.map((f) => f.properties.name)).toEqual([
			'Al Hindiyah',
			'Al Musayyib'
		]);
		expect(cells.get('40_35')?.map((f) => f.properties.name)).toEqual(['Zakho']);
	});

	it('writes points in [lng, lat] with class town and the population as rank', () => {
		expect(cells.get('40_35')?.[0]).toEqual({
			type: 'Feature',
			properties: { name: 'Zakho', class: 'town', rank: 95_000 },
			geometry: { type: 'Point', coordinates: [42.68, 37.14] }
		});
	});

	it('does not depend on the order of the rows', () => {
		const reversed = tsv.split('\n').reverse().join('\n');
		const again = townCells(reversed, {
			minPopulation: 2_000,
			cityPopulation: 300_000,
			cellDegrees: 5
		});
		expect(JSON.stringify([...again].sort())).toBe(JSON.stringify([...cells].sort()));
	});
});
