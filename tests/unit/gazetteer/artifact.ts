/**
 * Shared by the tests that need the real artifact: load it, building it first when it is
 * missing or stale (about 25 s), so these tests never skip silently.
 */

import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import type { Gazetteer } from '../../../src/lib/gazetteer';
import { main as build } from '../../../geo/scripts/build';
import { staleReason } from '../../../geo/scripts/ensure';
import { DEFAULT_ARTIFACT_PATH } from '../../../geo/scripts/paths';

let gazetteer: Gazetteer | null = null;

export async function realGazetteer(): Promise<Gazetteer> {
	if (gazetteer) return gazetteer;
	if (staleReason() !== null) await build(['--quiet']);
	gazetteer = loadGazetteer(DEFAULT_ARTIFACT_PATH);
	return gazetteer;
}
