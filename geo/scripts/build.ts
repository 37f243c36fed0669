/**
 * npm run geo:build [-- --geonames path/to/allCountries.txt] [-- --natural-earth DIR]
 *   [-- --out path] [-- --no-areas]
 *
 * `--out` ending in `.gz` is gzip (the default), any other name is written uncompressed.
 *
 * Reads the installed source packages and geo/data, builds the gazetteer artifact and the areas
 * artifact (outlines by id) and writes them (gzip) to geo/out/. Prints a report: entries per
 * kind, skipped malformed rows, sizes, timings.
 */

import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGazetteer } from '../lib/build';
import { encodeArtifact } from '../../src/lib/gazetteer/format';
import { gzipArtifact, loadSources } from './sources';
import { DEFAULT_AREAS_PATH, DEFAULT_ARTIFACT_PATH } from './paths';
import { writeAreas } from './areas';

export async function main(argv = process.argv.slice(2)): Promise<void> {
	const { values } = parseArgs({
		args: argv,
		options: {
			geonames: { type: 'string' },
			'natural-earth': { type: 'string' },
			out: { type: 'string', default: DEFAULT_ARTIFACT_PATH },
			'areas-out': { type: 'string', default: DEFAULT_AREAS_PATH },
			'no-areas': { type: 'boolean', default: false },
			'no-cities500': { type: 'boolean', default: false },
			quiet: { type: 'boolean', default: false }
		}
	});
	const started = performance.now();
	const inputs = loadSources({
		geonamesDump: values.geonames,
		naturalEarthDir: values['natural-earth'],
		cities500: !values['no-cities500']
	});
	const { tables, report } = await buildGazetteer(inputs);
	const out = values.out as string;
	// An --out without .gz is written uncompressed: a full dump's artifact then loads without a
	// gunzip of gigabytes (the loader takes either).
	const raw = encodeArtifact(tables);
	const bytes = out.endsWith('.gz') ? gzipArtifact(raw) : raw;
	mkdirSync(dirname(out), { recursive: true });
	// Write then rename, so a reader never sees a half-written artifact.
	writeFileSync(`${out}.tmp`, bytes);
	renameSync(`${out}.tmp`, out);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (!values.quiet) {
		console.log(`gazetteer: ${report.entries} entries, ${report.keys} name keys → ${out}`);
		console.log(`  size ${(bytes.byteLength / 1e6).toFixed(1)} MB, built in ${seconds} s`);
		console.log(`  by kind: ${JSON.stringify(report.counts)}`);
		console.log(`  skipped malformed rows: ${JSON.stringify(report.skipped)}`);
		console.log(
			`  geonames rows held as columns: ${report.geonames.rows}, names ${(report.geonames.nameBytes / 1e6).toFixed(1)} MB`
		);
		console.log(
			`  feature aliases left to a settlement or division of that name: ${report.featureAliasesDropped}`
		);
		if (inputs.naturalEarth) {
			const ne = report.naturalEarth;
			console.log(
				`  natural earth: ${ne.added} features added, ${ne.duplicates} already curated, ${Object.keys(ne.outlines).length} outlines`
			);
		}
	}
	if (!values['no-areas']) {
		const t0 = performance.now();
		const areasOut = values['areas-out'] as string;
		const areas = writeAreas(
			inputs,
			areasOut,
			report.admin1Outlined,
			report.unions,
			report.naturalEarth.outlines
		);
		if (!values.quiet) {
			const s = ((performance.now() - t0) / 1000).toFixed(1);
			console.log(`areas: ${JSON.stringify(areas.counts)} → ${areasOut}`);
			console.log(
				`  size ${(areas.bytes / 1e6).toFixed(1)} MB, digest ${areas.digest}, built in ${s} s`
			);
		}
	}
}

// Run when invoked as a script (not when imported by a test or ensure.ts).
if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
