/**
 * Cuts the basemap's GeoJSON layers into Mapbox Vector Tiles with `geojson-vt` (the tiler MapLibre
 * itself runs on GeoJSON sources) and encodes them with `@maplibre/vt-pbf`. Pure: features in,
 * tile bytes out; writing them is the caller's business.
 *
 * Down to `indexZoom` every tile is cut at once; below it, one subtree at a time, depth first,
 * each subtree's tiles dropped from the index once written, so memory stays that of the shallow
 * index whatever the depth (a zoom-10 world held at once would not fit beside the others' work).
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
	/** Tiles down to this zoom are cut at once, deeper ones subtree by subtree (default 5). */
	indexZoom?: number;
	extent?: number;
	buffer?: number;
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	/** An uncompressed Mapbox Vector Tile. */
	data: Uint8Array;
	/**
	 * Land and nothing else, edge to edge: every tile below it is the same, so none is cut (the
	 * server answers for them with this one, `src/lib/server/tiles.ts`).
	 */
	solid?: boolean;
}

type VtTile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;
type VtFeature = VtTile['features'][number];

interface Indexed {
	input: TileInput;
	index: GeoJSONVT;
}

const key = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

/** geojson-vt's own key of a tile in its cache (`toID` in its source). */
const cacheId = (z: number, x: number, y: number) => ((1 << z) * y + x) * 32 + z;

/** Drops a tile from geojson-vt's cache once written (its `tiles` is not in the typings). */
function forget(index: GeoJSONVT, z: number, x: number, y: number): void {
	delete (index as unknown as { tiles: Record<number, unknown> }).tiles[cacheId(z, x, y)];
}

/**
 * The tile at z/x/y from the inputs that still have features around it, and which of those have
 * features in it (the others have none in its children either).
 */
function tileAt(
	z: number,
	x: number,
	y: number,
	live: readonly Indexed[],
	options: TileOptions,
	extent: number
): { tile: Tile | null; live: Indexed[] } {
	const layers = new Map<string, VtFeature[]>();
	const still: Indexed[] = [];
	let only: VtFeature[] = [];
	for (const entry of live) {
		const { input, index } = entry;
		if (z > input.maxZoom) continue;
		const raw = index.getTile(z, x, y);
		if (!raw || raw.features.length === 0) continue;
		still.push(entry);
		only = raw.features;
		if (z < input.minZoom) continue;
		const upTo = z >= options.maxZoom ? options.labelsUpTo : z;
		const features = input.byMinZoom
			? raw.features.filter((f) => Number(f.tags?.min_zoom ?? 0) <= upTo)
			: raw.features;
		if (features.length === 0) continue;
		layers.set(input.layer, [...(layers.get(input.layer) ?? []), ...features]);
	}
	if (layers.size === 0) return { tile: null, live: still };
	const buffer = options.buffer ?? 64;
	// Solid only when no other input has anything here, even names not shown until deeper.
	if (still.length === 1 && layers.has('earth') && isSquare(only, extent, buffer)) {
		return { tile: { z, x, y, data: solidLand(extent, buffer), solid: true }, live: [] };
	}
	const named = Object.fromEntries(
		[...layers].map(([name, features]) => [name, { features }])
	) as unknown as Parameters<typeof fromGeojsonVt>[0];
	return { tile: { z, x, y, data: fromGeojsonVt(named, { version: 2, extent }) }, live: still };
}

/** True when features are one polygon covering the tile and its buffer. */
function isSquare(features: VtFeature[], extent: number, buffer: number): boolean {
	const [feature] = features;
	if (features.length !== 1 || feature!.type !== 3 || feature!.geometry.length !== 1) return false;
	const ring = feature!.geometry[0] as [number, number][];
	const edge = (v: number) => v === -buffer || v === extent + buffer;
	return ring.length === 5 && ring.every(([x, y]) => edge(x) && edge(y));
}

const solidCache = new Map<string, Uint8Array>();

/** The one tile all solid land tiles share (so they are stored once). */
export function solidLand(extent = 4096, buffer = 64): Uint8Array {
	const k = `${extent}/${buffer}`;
	let data = solidCache.get(k);
	if (!data) {
		const [lo, hi] = [-buffer, extent + buffer];
		const features = [
			{
				type: 3,
				tags: { kind: 'earth' },
				geometry: [
					[
						[lo, hi],
						[lo, lo],
						[hi, lo],
						[hi, hi],
						[lo, hi]
					]
				]
			}
		];
		data = fromGeojsonVt(
			{ earth: { features } } as unknown as Parameters<typeof fromGeojsonVt>[0],
			{
				version: 2,
				extent
			}
		);
		solidCache.set(k, data);
	}
	return data;
}

/**
 * Every non-empty tile from zoom 0 to `maxZoom`, each once, a tile before its children, but
 * none below a solid land tile past `indexZoom` (see `Tile.solid`). Each
 * input is cut down to its own `maxZoom` (no deeper than needed), and its tiles taken in its
 * zoom range; geojson-vt simplifies each zoom but the input's deepest, which keeps every vertex.
 */
export function* cutTiles(inputs: readonly TileInput[], options: TileOptions): Generator<Tile> {
	const extent = options.extent ?? 4096;
	const indexZoom = Math.min(options.indexZoom ?? 5, options.maxZoom);
	const indexes: Indexed[] = inputs.map((input) => ({
		input,
		index: new GeoJSONVT(input.data, {
			maxZoom: input.maxZoom,
			indexMaxZoom: Math.min(input.maxZoom, indexZoom),
			indexMaxPoints: 0,
			extent,
			buffer: options.buffer ?? 64,
			tolerance: 3
		})
	}));
	const coords = new Map<string, { z: number; x: number; y: number }>();
	for (const { index } of indexes) {
		for (const c of index.tileCoords) if (c.z <= indexZoom) coords.set(key(c.z, c.x, c.y), c);
	}
	const ordered = [...coords.values()].sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
	for (const { z, x, y } of ordered) {
		const { tile, live } = tileAt(z, x, y, indexes, options, extent);
		if (tile) yield tile;
		if (z === indexZoom) yield* subtree(z, x, y, live, options, extent);
	}
}

/** The tiles below z/x/y, depth first, each dropped from the indexes once its children are cut. */
function* subtree(
	z: number,
	x: number,
	y: number,
	live: readonly Indexed[],
	options: TileOptions,
	extent: number
): Generator<Tile> {
	if (z >= options.maxZoom || live.length === 0) return;
	for (const [dx, dy] of [
		[0, 0],
		[1, 0],
		[0, 1],
		[1, 1]
	] as const) {
		const [cz, cx, cy] = [z + 1, x * 2 + dx, y * 2 + dy];
		const child = tileAt(cz, cx, cy, live, options, extent);
		if (child.tile) yield child.tile;
		yield* subtree(cz, cx, cy, child.live, options, extent);
		for (const { index } of live) forget(index, cz, cx, cy);
	}
}
