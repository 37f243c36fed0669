import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutTiles, type TileInput } from '../../../geo/lib/basemap/tiler';

const point = (name: string, min_zoom: number, lng: number, lat: number) => ({
	type: 'Feature' as const,
	properties: { kind: 'locality', name, min_zoom, rank: 1 },
	geometry: { type: 'Point' as const, coordinates: [lng, lat] }
});

const names = (data: Uint8Array) => {
	const layer = new VectorTile(new PbfReader(data)).layers.places;
	return layer
		? Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.name))
		: [];
};

describe('cutTiles', () => {
	const places: TileInput = {
		layer: 'places',
		minZoom: 0,
		maxZoom: 3,
		byMinZoom: true,
		data: {
			type: 'FeatureCollection',
			features: [point('City', 1, 10, 50), point('Town', 3, 10.5, 50), point('Village', 11, 11, 50)]
		}
	};

	it('puts a name in the tiles from its min_zoom on, and every name in the deepest tiles', () => {
		const tiles = [...cutTiles([places], { maxZoom: 3, labelsUpTo: 12 })];
		const byZoom = (z: number) => tiles.filter((t) => t.z === z).flatMap((t) => names(t.data));
		expect(byZoom(0)).toEqual([]);
		expect(byZoom(1)).toEqual(['City']);
		expect(byZoom(2)).toEqual(['City']);
		expect(byZoom(3).sort()).toEqual(['City', 'Town', 'Village']);
	});

	it('orders tiles by zoom, then x, then y', () => {
		const keys = [...cutTiles([places], { maxZoom: 3, labelsUpTo: 12 })].map((t) => [
			t.z,
			t.x,
			t.y
		]);
		expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!));
	});
});
