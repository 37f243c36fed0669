import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutTiles, type TileInput } from '../../../geo/lib/basemap/tiler';
import { squareIsland as land } from '../helpers/square-island';

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

	it('cuts each tile once, a tile before its children, below the index zoom too', () => {
		const tiles = [...cutTiles([places], { maxZoom: 3, labelsUpTo: 12, indexZoom: 1 })];
		const keys = tiles.map((t) => `${t.z}/${t.x}/${t.y}`);
		expect(new Set(keys).size).toBe(keys.length);
		const at = (z: number, x: number, y: number) => keys.indexOf(`${z}/${x}/${y}`);
		for (const t of tiles.filter((t) => t.z > 1))
			expect(at(t.z - 1, t.x >> 1, t.y >> 1)).toBeLessThan(at(t.z, t.x, t.y));
		// The same tiles whether cut at once or subtree by subtree.
		const atOnce = [...cutTiles([places], { maxZoom: 3, labelsUpTo: 12, indexZoom: 3 })];
		expect(keys.sort()).toEqual(atOnce.map((t) => `${t.z}/${t.x}/${t.y}`).sort());
		expect(
			tiles
				.filter((t) => t.z === 3)
				.flatMap((t) => names(t.data))
				.sort()
		).toEqual(['City', 'Town', 'Village']);
	});
});

describe('solid land', () => {
	it('stops below a tile of land edge to edge, and marks it', () => {
		const tiles = [...cutTiles([land], { maxZoom: 8, labelsUpTo: 12, indexZoom: 2 })];
		const solid = tiles.filter((t) => t.solid);
		expect(solid.length).toBeGreaterThan(0);
		// One tile for all of them, and no tile below a solid one past the index zoom.
		expect(new Set(solid.map((t) => Buffer.from(t.data).toString('hex'))).size).toBe(1);
		const solidKeys = new Set(solid.map((t) => `${t.z}/${t.x}/${t.y}`));
		for (const t of tiles) {
			for (let k = 1; t.z - k > 2; k++)
				expect(solidKeys.has(`${t.z - k}/${t.x >> k}/${t.y >> k}`)).toBe(false);
		}
		// The coast still goes down to zoom 8.
		expect(tiles.some((t) => t.z === 8 && !t.solid)).toBe(true);
	});

	it('is not solid where a name shows only deeper in', () => {
		const places: TileInput = {
			layer: 'places',
			minZoom: 0,
			maxZoom: 8,
			byMinZoom: true,
			data: { type: 'FeatureCollection', features: [point('Village', 8, 10.01, 10.01)] }
		};
		const tiles = [...cutTiles([land, places], { maxZoom: 8, labelsUpTo: 12, indexZoom: 2 })];
		const deepest = tiles.filter((t) => t.z === 8 && names(t.data).includes('Village'));
		expect(deepest).toHaveLength(1);
	});
});
