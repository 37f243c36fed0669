/**
 * Writes the areas artifact (geo/out/areas.v1.json.gz) from the same loaded sources as the
 * gazetteer, plus world-atlas 1:50m country shapes. Called by build.ts.
 */

import { createHash } from 'node:crypto';
import type { Geometry } from 'geojson';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { usStateFipsToPostal } from '../lib/admin';
import { buildAreas } from '../lib/areas';
import type { BuildInputs } from '../lib/build';
import { encodeAreas } from '../../src/lib/gazetteer/areas';
import { packageDir } from './paths';
import { topoFeatures } from './sources';

export interface AreasReport {
	bytes: number;
	counts: Record<string, number>;
	digest: string;
}

/**
 * `admin1Codes`: the divisions the gazetteer placed by their Natural Earth polygons (a code whose
 * polygons are another area's is left without an outline, as in the gazetteer).
 */
export function writeAreas(
	inputs: BuildInputs,
	out: string,
	admin1Codes: ReadonlySet<string>,
	unions?: ReadonlyMap<string, readonly string[]>,
	extra: Record<string, Geometry> = {}
): AreasReport {
	const file = buildAreas({
		countries: inputs.countries,
		countryShapes: topoFeatures(join(packageDir('world-atlas'), 'countries-50m.json'), 'countries'),
		neAdmin1: inputs.neAdmin1,
		admin1Codes,
		usCounties: inputs.usCounties,
		stateFipsToPostal: usStateFipsToPostal(inputs.neAdmin1, inputs.usStates),
		unions,
		sourceVersions: inputs.sourceVersions,
		extra
	});
	// The digest covers everything else in the file: a cache key that changes with any outline.
	const unsigned = encodeAreas({ ...file, digest: '' });
	const digest = createHash('sha256').update(unsigned).digest('hex').slice(0, 16);
	const bytes = gzipSync(encodeAreas({ ...file, digest }), { level: 9 });
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(`${out}.tmp`, bytes);
	renameSync(`${out}.tmp`, out);
	return { bytes: bytes.byteLength, counts: file.meta.counts, digest };
}
