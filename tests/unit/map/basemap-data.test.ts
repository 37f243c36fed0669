import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { topologyLayer, unwrapRing } from '../../../src/lib/map/basemap-data';

describe('unwrapRing', () => {
	it('keeps a ring that does not cross the antimeridian as it is', () => {
		const ring = [
			[10, 10],
			[20, 10],
			[20, 20],
			[10, 10]
		];
		expect(unwrapRing(ring)).toEqual(ring);
	});

	it('continues a ring across the antimeridian instead of jumping back across the world', () => {
		const ring = [
			[179, 60],
			[-179, 60],
			[-179, 65],
			[179, 65],
			[179, 60]
		];
		expect(unwrapRing(ring)).toEqual([
			[179, 60],
			[181, 60],
			[181, 65],
			[179, 65],
			[179, 60]
		]);
	});
});

describe('topologyLayer', () => {
	it('turns the Natural Earth land topology into polygons with no edge wider than 180°', () => {
		const layer = topologyLayer(land as unknown as Topology, 'land');
		expect(layer.features.length).toBeGreaterThan(0);
		for (const { geometry } of layer.features) {
			expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
			const polygons =
				geometry.type === 'Polygon'
					? [geometry.coordinates]
					: geometry.type === 'MultiPolygon'
						? geometry.coordinates
						: [];
			for (const ring of polygons.flat()) {
				for (let i = 1; i < ring.length; i++) {
					expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180);
				}
			}
		}
	});

	it('names the missing object', () => {
		expect(() => topologyLayer(land as unknown as Topology, 'nope')).toThrow(/nope/);
	});
});

describe('topologyLayer centring', () => {
	it('keeps every polygon centred on the main world copy', async () => {
		const land50 = (await import('world-atlas/land-50m.json')).default;
		const layer = topologyLayer(land50 as unknown as Topology, 'land');
		for (const { geometry } of layer.features) {
			const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
			for (const polygon of polygons) {
				const lngs = polygon[0]!.map(([lng]) => lng!);
				const centre = (Math.min(...lngs) + Math.max(...lngs)) / 2;
				expect(Math.abs(centre)).toBeLessThanOrEqual(180);
			}
		}
	});
});

describe('bordersLayer and roundCoordinates', () => {
	it('draws each border once, as lines, with rounded coordinates', async () => {
		const { bordersLayer, roundCoordinates } = await import('../../../src/lib/map/basemap-data');
		const countries = (await import('world-atlas/countries-110m.json')).default;
		const borders = roundCoordinates(
			bordersLayer(countries as unknown as Topology, 'countries'),
			2
		);
		const geometry = borders.features[0]!.geometry;
		expect(geometry.type).toBe('MultiLineString');
		const first = geometry.coordinates[0]![0]!;
		expect(first.every((x) => Math.round(x * 100) / 100 === x)).toBe(true);
	});
});

describe('basemapCollection', () => {
	it('tags land, borders and labels with their class, in one collection', async () => {
		const { basemapCollection } = await import('../../../src/lib/map/basemap-data');
		const polygon = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		};
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[0, 0],
				[1, 1]
			]
		};
		const collection = basemapCollection({
			land: {
				type: 'FeatureCollection',
				features: [{ type: 'Feature', properties: { x: 1 }, geometry: polygon }]
			},
			borders: {
				type: 'FeatureCollection',
				features: [{ type: 'Feature', properties: {}, geometry: line }]
			},
			labels: [
				{
					type: 'Feature',
					properties: { name: 'Iraq', class: 'country', rank: 40 },
					geometry: { type: 'Point', coordinates: [44, 33] }
				}
			]
		});
		expect(collection.features.map((f) => f.properties?.class)).toEqual([
			'land',
			'border',
			'country'
		]);
		expect(collection.features[0]!.properties).toEqual({ class: 'land' });
	});
});
