import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cutTiles, solidLand } from '../../../geo/lib/basemap/tiler';
import { mercator } from '../../../geo/lib/basemap/places';
import { writeMbtiles } from '../../../geo/scripts/mbtiles';
import { squareIsland as land } from '../helpers/square-island';

const dir = mkdtempSync(join(tmpdir(), 'tiles-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tileOf = (z: number, lng: number, lat: number): [number, number] => {
	const [mx, my] = mercator(lng, lat);
	return [Math.floor(mx * 2 ** z), Math.floor(my * 2 ** z)];
};

describe('the tile server over an MBTiles file', async () => {
	const path = join(dir, 'basemap.mbtiles');
	writeMbtiles(path, cutTiles([land], { maxZoom: 8, labelsUpTo: 12, indexZoom: 2 }), {
		name: 'test'
	});
	process.env.BASEMAP_TILES = path;
	const { basemapTile } = await import('../../../src/lib/server/tiles');

	it('answers a tile below a solid land tile with the solid tile', () => {
		const tile = basemapTile(8, ...tileOf(8, 10, 10));
		expect(tile).not.toBeNull();
		expect(Buffer.from(gunzipSync(tile!)).equals(Buffer.from(solidLand()))).toBe(true);
	});

	it('answers a coast tile as stored, and open sea as empty', () => {
		const coast = basemapTile(8, ...tileOf(8, 19.99, 10));
		expect(coast).not.toBeNull();
		expect(Buffer.from(gunzipSync(coast!)).equals(Buffer.from(solidLand()))).toBe(false);
		expect(basemapTile(8, ...tileOf(8, 25, 10))).toBeNull();
		expect(basemapTile(8, ...tileOf(8, -40, -40))).toBeNull();
	});
});
