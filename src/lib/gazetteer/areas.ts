/**
 * Area outlines (countries, first-level divisions, US counties) by gazetteer id: the second
 * artifact, `geo/out/areas.v1.json.gz`. One schema for writer (geo/lib/areas.ts) and reader.
 *
 * Pure: the caller hands in the (gunzipped) bytes or text; `src/lib/server/areas.ts` does so on
 * the server. The file is JSON, so it also reads in the browser or in any GeoJSON tool.
 */

import type { AreaGeometry, Areas, AreasFile } from './types';

export const AREAS_FORMAT = 'gazetteer-areas';
export const AREAS_VERSION = 1;

/** Raised when the input is not an areas artifact this reader understands. */
export class AreasError extends Error {
	override name = 'AreasError';
}

/** Canonical text of an areas file: ids in byte order, so equal input gives equal bytes. */
export function encodeAreas(file: AreasFile): string {
	const ids = Object.keys(file.areas).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const areas: Record<string, AreaGeometry> = {};
	for (const id of ids) areas[id] = file.areas[id] as AreaGeometry;
	return JSON.stringify({ ...file, areas });
}

const isGeometry = (g: unknown): g is AreaGeometry =>
	typeof g === 'object' &&
	g !== null &&
	((g as AreaGeometry).type === 'Polygon' ||
		(g as AreaGeometry).type === 'MultiPolygon' ||
		(g as AreaGeometry).type === 'MultiLineString') &&
	Array.isArray((g as AreaGeometry).coordinates);

/** Parse and check an areas artifact (UTF-8 bytes, JSON text or an already parsed object). */
export function decodeAreas(input: Uint8Array | string | unknown): AreasFile {
	let value: unknown = input;
	try {
		if (input instanceof Uint8Array) value = JSON.parse(new TextDecoder().decode(input));
		else if (typeof input === 'string') value = JSON.parse(input);
	} catch (err) {
		throw new AreasError(`not JSON (${err instanceof Error ? err.message : String(err)})`);
	}
	const file = value as Partial<AreasFile> | null;
	if (!file || file.format !== AREAS_FORMAT) throw new AreasError('not an areas artifact');
	if (file.version !== AREAS_VERSION) {
		throw new AreasError(
			`areas format ${String(file.version)}, this reader reads ${AREAS_VERSION}`
		);
	}
	if (typeof file.areas !== 'object' || file.areas === null || typeof file.digest !== 'string') {
		throw new AreasError('areas artifact without areas or digest');
	}
	return file as AreasFile;
}

/** Open an areas artifact for lookups by id. */
export function openAreas(input: Uint8Array | string | unknown): Areas {
	const file = decodeAreas(input);
	const table = new Map(Object.entries(file.areas));
	return {
		version: file.version,
		digest: file.digest,
		meta: file.meta,
		size: table.size,
		area(id) {
			const g = table.get(id);
			return g && isGeometry(g) ? g : null;
		},
		has: (id) => table.has(id),
		ids: () => [...table.keys()]
	};
}
