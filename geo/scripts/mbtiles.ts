/**
 * Writes vector tiles into an MBTiles 1.3 file (SQLite): each distinct tile stored once (land
 * and sea interiors repeat by the thousand), gzipped, rows in TMS order as the spec has them.
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
		CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
		CREATE TABLE images (tile_id TEXT PRIMARY KEY, tile_data BLOB);
		CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
			map.tile_row AS tile_row, images.tile_data AS tile_data
			FROM map JOIN images ON images.tile_id = map.tile_id;
	`);
	const putMeta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
	const putMap = db.prepare(
		'INSERT INTO map (zoom_level, tile_column, tile_row, tile_id) VALUES (?, ?, ?, ?)'
	);
	const putImage = db.prepare('INSERT OR IGNORE INTO images (tile_id, tile_data) VALUES (?, ?)');
	const stats: MbtilesStats = { tiles: 0, unique: 0, bytes: 0 };
	const seen = new Set<string>();
	const batch = db.transaction((rows: Tile[]) => {
		for (const { z, x, y, data } of rows) {
			const id = createHash('sha1').update(data).digest('hex');
			if (!seen.has(id)) {
				seen.add(id);
				const gz = gzipSync(data, { level: 6 });
				putImage.run(id, gz);
				stats.unique++;
				stats.bytes += gz.length;
			}
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
	})();
	db.close();
	return stats;
}
