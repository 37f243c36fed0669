/**
 * postinstall / first start: build the gazetteer and areas artifacts if either is missing or
 * stale (built from other package versions or an older format, or older than geo/data and geo/lib).
 * Never fails the install: on error it says how to build by hand.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeAreas } from '../../src/lib/gazetteer/areas';
import { decodeArtifact } from '../../src/lib/gazetteer/format';
import { buildBasemap } from './basemap';
import { basemapStaleReason, fineInputsFromEnv } from './basemap-sources';
import { main as build } from './build';
import { DEFAULT_AREAS_PATH, DEFAULT_ARTIFACT_PATH, ROOT } from './paths';
import { sourceVersions } from './sources';

function newestInput(): number {
	// The lexicon too: the builder reads its word lists (geo/lib/bare-names.ts).
	const dirs = ['geo/data', 'geo/lib', 'src/lib/gazetteer', 'src/lib/geoparse/lexicon'].map((d) =>
		join(ROOT, d)
	);
	// geo/lib/basemap builds the basemap tiles only (see `basemapStaleReason`).
	return Math.max(
		...dirs.flatMap((d) =>
			readdirSync(d)
				.filter((f) => !(d.endsWith('geo/lib') && f === 'basemap'))
				.map((f) => statSync(join(d, f)).mtimeMs)
		)
	);
}

/** Why the artifact needs a build, or null when it is up to date. */
export function staleReason(path = DEFAULT_ARTIFACT_PATH): string | null {
	if (!existsSync(path)) return 'missing';
	if (statSync(path).mtimeMs < newestInput()) return 'older than geo/data or the build code';
	try {
		const { meta } = decodeArtifact(new Uint8Array(gunzipSync(readFileSync(path))));
		const want = sourceVersions();
		const changed = Object.keys(want).filter((p) => meta.sources[p] !== want[p]);
		return changed.length > 0 ? `source packages changed: ${changed.join(', ')}` : null;
	} catch (err) {
		return `unreadable (${err instanceof Error ? err.message : String(err)})`;
	}
}

/** Why the areas artifact needs a build, or null when it is up to date. */
export function areasStaleReason(path = DEFAULT_AREAS_PATH): string | null {
	if (!existsSync(path)) return 'areas missing';
	if (statSync(path).mtimeMs < newestInput()) return 'areas older than geo/data or the build code';
	try {
		const { meta } = decodeAreas(new Uint8Array(gunzipSync(readFileSync(path))));
		const want = sourceVersions();
		const changed = Object.keys(want).filter((p) => meta.sources[p] !== want[p]);
		return changed.length > 0 ? `areas source packages changed: ${changed.join(', ')}` : null;
	} catch (err) {
		return `areas unreadable (${err instanceof Error ? err.message : String(err)})`;
	}
}

/** The basemap tiles, when missing or built from other inputs (the deployer's options too). */
function ensureBasemap(): void {
	const fine = fineInputsFromEnv();
	const reason = basemapStaleReason(undefined, fine);
	if (reason === null) {
		console.log('basemap: tiles are up to date');
		return;
	}
	console.log(`basemap: building tiles (${reason})…`);
	try {
		buildBasemap({ ...fine, log: console.log });
	} catch (err) {
		console.warn(`basemap: build failed (${err instanceof Error ? err.message : err});`);
		console.warn('basemap: run `npm run basemap:build` to retry.');
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const reason = staleReason() ?? areasStaleReason();
	const gazetteer =
		reason === null
			? Promise.resolve(console.log('gazetteer: artifacts are up to date'))
			: (console.log(`gazetteer: building artifact (${reason})…`),
				build([]).catch((err: unknown) => {
					console.warn(`gazetteer: build failed (${err instanceof Error ? err.message : err});`);
					console.warn('gazetteer: run `npm run geo:build` to retry.');
				}));
	void gazetteer.then(ensureBasemap);
}
