/**
 * Cuts the basemap's GeoJSON layers into Mapbox Vector Tiles with `geojson-vt` (the tiler MapLibre
 * itself runs on GeoJSON sources) and encodes them with `@maplibre/vt-pbf`. Pure: features in,
 * tile bytes out; writing them is the caller's business.
 */

import type { FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { LayerName } from '../../../src/lib/basemap/schema';

/** One input of a layer, used for a range of zooms (coarse data low, fine data high). */
export interface TileInput {
	layer: LayerName;
	minZoom: number;
	maxZoom: number;
	data: FeatureCollection;
	/**
	 * Points carry a `min_zoom`: a tile below `labelsUpTo` keeps only those shown at its own zoom;
	 * the deepest tile keeps every point up to `labelsUpTo` (the map over-zooms it).
	 */
	byMinZoom?: boolean;
}

export interface TileOptions {
	/** The deepest tile zoom. */
	maxZoom: number;
	/** Points with `min_zoom` up to this go in the deepest tiles. */
	labelsUpTo: number;
	extent?: number;
	buffer?: number;
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	/** An uncompressed Mapbox Vector Tile. */
	data: Uint8Array;
}

type VtTile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;
type VtFeature = VtTile['features'][number];

const key = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

/**
 * Every non-empty tile from zoom 0 to `maxZoom`, in zoom then x then y order. Each input is cut
 * once, down to its own `maxZoom` (no deeper than needed), and its tiles taken in its zoom range.
 */
export function* cutTiles(inputs: readonly TileInput[], options: TileOptions): Generator<Tile> {
	const extent = options.extent ?? 4096;
	const indexes = inputs.map((input) => ({
		input,
		index: new GeoJSONVT(input.data, {
			maxZoom: input.maxZoom,
			indexMaxZoom: input.maxZoom,
			indexMaxPoints: 0,
			extent,
			buffer: options.buffer ?? 64,
			tolerance: 3
		})
	}));
	const coords = new Map<string, { z: number; x: number; y: number }>();
	for (const { input, index } of indexes) {
		for (const c of index.tileCoords) {
			if (c.z >= input.minZoom && c.z <= input.maxZoom) coords.set(key(c.z, c.x, c.y), c);
		}
	}
	const ordered = [...coords.values()].sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
	for (const { z, x, y } of ordered) {
		const layers = new Map<string, VtFeature[]>();
		for (const { input, index } of indexes) {
			if (z < input.minZoom || z > input.maxZoom) continue;
			const tile = index.getTile(z, x, y);
			if (!tile) continue;
			const upTo = z >= options.maxZoom ? options.labelsUpTo : z;
			const features = input.byMinZoom
				? tile.features.filter((f) => Number(f.tags?.min_zoom ?? 0) <= upTo)
				: tile.features;
			if (features.length === 0) continue;
			layers.set(input.layer, [...(layers.get(input.layer) ?? []), ...features]);
		}
		if (layers.size === 0) continue;
		const named = Object.fromEntries(
			[...layers].map(([name, features]) => [name, { features }])
		) as unknown as Parameters<typeof fromGeojsonVt>[0];
		yield { z, x, y, data: fromGeojsonVt(named, { version: 2, extent }) };
	}
}
