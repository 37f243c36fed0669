/**
 * The mini gazetteer: a few hundred places built through the real build path (loadSources →
 * buildGazetteer → encodeArtifact → openGazetteer) from fixtures in the source packages' own
 * layout (tests/fixtures/mini-gazetteer/packages) and our curated tables (geo/data). Rule and
 * stage tests use it to run in milliseconds without the 18 MB artifact.
 *
 * @example
 * const gaz = await miniGazetteer();
 * geoparse({ text: 'Paris, Texas', gazetteer: gaz });
 */

import { join } from 'node:path';
import { buildGazetteer } from '../../../geo/lib/build';
import { loadSources } from '../../../geo/scripts/sources';
import { encodeArtifact, openGazetteer, type Gazetteer } from '../../../src/lib/gazetteer';

const MINI_PACKAGES = join(import.meta.dirname, '../../fixtures/mini-gazetteer/packages');

let cached: Promise<Gazetteer> | null = null;

async function build(): Promise<Gazetteer> {
	const { tables } = await buildGazetteer(loadSources({ packagesDir: MINI_PACKAGES }));
	// Through the binary format, as the app reads the real artifact.
	return openGazetteer(encodeArtifact(tables));
}

/** The mini gazetteer, built once per test worker. */
export function miniGazetteer(): Promise<Gazetteer> {
	cached ??= build();
	return cached;
}
