import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

/** The basemap's vector tiles, built at install by `geo/scripts/basemap.ts`. */
export const DEFAULT_TILES_PATH = 'geo/out/basemap.mbtiles';

function tilesPath(): string {
	return resolve(process.env.BASEMAP_TILES ?? DEFAULT_TILES_PATH);
}

type Lookup = (z: number, x: number, y: number) => Uint8Array | null;

let lookup: Lookup | null = null;

/** Opens the MBTiles file once, read-only; throws when it is missing (not built yet). */
function open(): Lookup {
	if (lookup) return lookup;
	const path = tilesPath();
	if (!existsSync(path))
		throw new Error(`basemap tiles not built: ${path} (run npm run geo:ensure)`);
	const db = new Database(path, { readonly: true, fileMustExist: true });
	const select = db.prepare<[number, number, number], { tile_data: Buffer }>(
		'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?'
	);
	const stored = db.prepare<[number, number, number], { tile_id: number }>(
		'SELECT tile_id FROM map WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?'
	);
	const meta = db
		.prepare<[], { value: string }>("SELECT value FROM metadata WHERE name = 'solid_tile'")
		.get();
	const solidId = meta ? Number(meta.value) : null;
	const solid =
		solidId === null
			? null
			: (db
					.prepare<[number], { tile_data: Buffer }>(
						'SELECT tile_data FROM images WHERE tile_id = ?'
					)
					.get(solidId)?.tile_data ?? null);
	/** Below a solid land tile nothing is stored: the nearest stored ancestor says which. */
	const underSolid = (z: number, x: number, y: number): boolean => {
		for (let k = 1; k <= z; k++) {
			const [az, ax, ay] = [z - k, x >> k, y >> k];
			const row = stored.get(az, ax, 2 ** az - 1 - ay);
			if (row) return row.tile_id === solidId;
		}
		return false;
	};
	lookup = (z, x, y) => {
		const row = select.get(z, x, 2 ** z - 1 - y);
		if (row) return new Uint8Array(row.tile_data);
		return solid && underSolid(z, x, y) ? new Uint8Array(solid) : null;
	};
	return lookup;
}

/**
 * One tile, gzipped as stored, or null where the tile is empty (open sea, or beyond the deepest
 * zoom, which MapLibre never asks for: it over-zooms). A tile inside a solid land tile is that
 * tile (the build stores none below one). Tile coordinates are XYZ.
 */
export function basemapTile(z: number, x: number, y: number): Uint8Array | null {
	return open()(z, x, y);
}
