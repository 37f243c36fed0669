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
