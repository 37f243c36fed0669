import { describe, expect, it } from 'vitest';
import { cityLabels, countryLabel } from '../../../src/lib/map/labels';

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
