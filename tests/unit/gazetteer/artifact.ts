/**
 * Shared by the tests that need the real artifacts: load them, building first when either is
 * missing or stale (about 35 s), so these tests never skip silently.
 */

import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { main as build } from '../../../geo/scripts/build';
import { areasStaleReason, staleReason } from '../../../geo/scripts/ensure';
import { DEFAULT_AREAS_PATH, DEFAULT_ARTIFACT_PATH } from '../../../geo/scripts/paths';
import { loadAreas } from '../../../src/lib/server/areas';
import type { Areas } from '../../../src/lib/gazetteer';

let gazetteer: Gazetteer | null = null;
let areas: Areas | null = null;

/** One build for both artifacts when either is missing or stale. */
async function ensureBuilt(): Promise<void> {
	if (staleReason() !== null || areasStaleReason() !== null) await build(['--quiet']);
}

export async function realAreas(): Promise<Areas> {
	if (areas) return areas;
	await ensureBuilt();
	areas = loadAreas(DEFAULT_AREAS_PATH);
	return areas;
}

export async function realGazetteer(): Promise<Gazetteer> {
	if (gazetteer) return gazetteer;
	await ensureBuilt();
	gazetteer = loadGazetteer(DEFAULT_ARTIFACT_PATH);
	return gazetteer;
}
