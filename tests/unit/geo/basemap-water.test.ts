import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lakesByArea, squareKm, withoutSmallHoles } from '../../../geo/lib/basemap/water';

/** A square ring `size` degrees wide at the equator (1° ≈ 111 km). */
const ring = (x: number, y: number, size: number): Position[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];
const polygon = (...rings: Position[][]): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Polygon', coordinates: rings }
});

describe('basemap water by size', () => {
	it('measures a polygon in km²', () => {
		expect(squareKm(polygon(ring(0, 0, 1)).geometry)).toBeCloseTo(12_390, -2);
	});

	it('shows a lake from a zoom by its area', () => {
		const lakes = lakesByArea({
			type: 'FeatureCollection',
			features: [polygon(ring(0, 0, 0.5)), polygon(ring(0, 0, 0.05)), polygon(ring(0, 0, 0.01))]
		});
		// ~3,100 km², ~31 km², ~1.2 km².
		expect(lakes.features.map((f) => f.properties)).toEqual([
			{ kind: 'lake', min_zoom: 5 },
			{ kind: 'lake', min_zoom: 7 },
			{ kind: 'lake', min_zoom: 9 }
		]);
	});

	it('fills in small lakes cut out of the land, keeps big ones', () => {
		const land = withoutSmallHoles(
			{
				type: 'FeatureCollection',
				features: [polygon(ring(0, 0, 5), ring(1, 1, 0.01), ring(2, 2, 0.5))]
			},
			20
		);
		const rings = (land.features[0]!.geometry as Polygon).coordinates;
		expect(rings).toHaveLength(2);
		expect(rings[1]![0]).toEqual([2, 2]);
	});
});
