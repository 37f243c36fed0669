/**
 * Server-side loading of the areas artifact (outlines by gazetteer id): read, gunzip, hand the
 * bytes to the pure reader. Loaded on first use (about 0.5 s), then kept.
 */

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openAreas } from '../gazetteer/areas';
import type { Areas } from '../gazetteer/types';

/** Where `npm run geo:build` writes the areas artifact (override with AREAS_PATH). */
export const DEFAULT_AREAS_PATH = 'geo/out/areas.v1.json.gz';

function areasPath(): string {
	return resolve(process.env.AREAS_PATH ?? DEFAULT_AREAS_PATH);
}

/** Raised when the areas artifact is missing or unreadable; the message says how to fix it. */
export class AreasLoadError extends Error {
	override name = 'AreasLoadError';
}

export function loadAreas(path = areasPath()): Areas {
	if (!existsSync(path)) {
		throw new AreasLoadError(
			`Areas artifact not found at ${path}. Build it with \`npm run geo:build\`.`
		);
	}
	try {
		const raw = readFileSync(path);
		const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
		return openAreas(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		throw new AreasLoadError(
			`Areas artifact at ${path} is unreadable (${reason}). Rebuild it with \`npm run geo:build\`.`,
			{ cause: err }
		);
	}
}

let cached: Areas | null = null;
let failed: AreasLoadError | null = null;

/**
 * The process-wide areas, loaded on first use. A broken file is read once: the failure is
 * logged and remembered (re-reading 2 MB on every page view made pages 10× slower), until the
 * server restarts.
 */
export function getAreas(): Areas {
	if (failed) throw failed;
	try {
		cached ??= loadAreas();
	} catch (error) {
		if (!(error instanceof AreasLoadError)) throw error;
		failed = error;
		console.error(`areas: ${error.message} Outlines are drawn as boxes until a restart.`);
		throw error;
	}
	return cached;
}
