/**
 * Writes vector tiles into an MBTiles 1.3 file (SQLite): each distinct tile stored once (land
 * and sea interiors repeat by the thousand) under a small integer id, gzipped, rows in TMS order
 * as the spec has them. The id of the solid land tile is kept in the metadata (`solid_tile`):
 * tiles below one are not stored, and the server answers for them with it.
 */

import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Tile } from '../lib/basemap/tiler';

export interface MbtilesStats {
	tiles: number;
	unique: number;
	/** Gzipped bytes of the distinct tiles. */
	bytes: number;
}

export function writeMbtiles(
	path: string,
	tiles: Iterable<Tile>,
	metadata: Record<string, string>
): MbtilesStats {
	const db = new Database(path);
	db.pragma('journal_mode = OFF');
	db.pragma('synchronous = OFF');
	db.exec(`
		CREATE TABLE metadata (name TEXT PRIMARY KEY, value TEXT);
		CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id INTEGER);
		CREATE TABLE images (tile_id INTEGER PRIMARY KEY, tile_data BLOB);
		CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
			map.tile_row AS tile_row, images.tile_data AS tile_data
			FROM map JOIN images ON images.tile_id = map.tile_id;
	`);
	const putMeta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
	const putMap = db.prepare(
		'INSERT INTO map (zoom_level, tile_column, tile_row, tile_id) VALUES (?, ?, ?, ?)'
	);
	const putImage = db.prepare('INSERT INTO images (tile_id, tile_data) VALUES (?, ?)');
	const stats: MbtilesStats = { tiles: 0, unique: 0, bytes: 0 };
	const ids = new Map<string, number>();
	let solid: number | null = null;
	const batch = db.transaction((rows: Tile[]) => {
		for (const { z, x, y, data, solid: isSolid } of rows) {
			const hash = createHash('sha1').update(data).digest('base64');
			let id = ids.get(hash);
			if (id === undefined) {
				id = ids.size + 1;
				ids.set(hash, id);
				const gz = gzipSync(data, { level: 6 });
				putImage.run(id, gz);
				stats.unique++;
				stats.bytes += gz.length;
			}
			if (isSolid) solid = id;
			putMap.run(z, x, 2 ** z - 1 - y, id);
			stats.tiles++;
		}
	});
	let rows: Tile[] = [];
	for (const tile of tiles) {
		rows.push(tile);
		if (rows.length >= 2000) {
			batch(rows);
			rows = [];
		}
	}
	batch(rows);
	db.exec('CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row)');
	db.transaction(() => {
		for (const [name, value] of Object.entries(metadata)) putMeta.run(name, value);
		if (solid !== null) putMeta.run('solid_tile', String(solid));
	})();
	db.close();
	return stats;
}
