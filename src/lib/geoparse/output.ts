/**
 * Serialisations of a result: GeoJSON for the UI and the CLI, and the flat toponym list of the
 * evaluation format (names only: corpora do not count demonyms).
 */

import type { GeoparseResult, PlaceCollection } from './types';

/** A toponym as the evaluation corpora write them. */
export interface Toponym {
	start: number;
	end: number;
	name: string;
	lat: number;
	lon: number;
	kind: string;
	confidence: number;
	role: string;
}

/** Options of `toFeatureCollection`. */
export interface FeatureCollectionOptions {
	/** Each mention's other candidates too (for a reader's corrections); default false. */
	alternatives?: boolean;
}

/**
 * GeoJSON FeatureCollection: one Point Feature per place, in order of first mention, with every
 * mention (demonyms included, marked `form: 'demonym'`).
 */
export function toFeatureCollection(
	result: GeoparseResult,
	{ alternatives = false }: FeatureCollectionOptions = {}
): PlaceCollection {
	return {
		type: 'FeatureCollection',
		features: result.places.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.point[0], p.point[1]] },
			properties: {
				id: p.id,
				name: p.name,
				kind: p.kind,
				country: p.country,
				admin1: p.admin1,
				...(p.admin2 ? { admin2: p.admin2 } : {}),
				confidence: p.confidence,
				bbox: p.bbox,
				mentions: p.mentions.map((m) => ({
					start: m.start,
					end: m.end,
					text: m.text,
					role: m.role,
					form: m.form,
					confidence: m.confidence,
					...(m.source ? { source: m.source } : {}),
					...(m.part ? { part: m.part } : {}),
					...(alternatives ? { alternatives: m.alternatives } : {})
				})),
				...(p.why ? { why: p.why } : {}),
				// Only a result with reader edits says who placed what; the parser's output is unchanged.
				...(p.source ? { source: p.source } : {}),
				...(p.checked ? { checked: true } : {})
			}
		}))
	};
}

/** Name mentions (no demonyms) in reading order, as evaluation toponyms. */
export function toToponyms(result: GeoparseResult): Toponym[] {
	const byId = new Map(result.places.map((p) => [p.id, p]));
	const out: Toponym[] = [];
	for (const m of result.mentions) {
		if (m.form !== 'name') continue;
		const p = byId.get(m.placeId);
		if (!p) continue;
		out.push({
			start: m.start,
			end: m.end,
			name: m.text,
			lat: p.point[1],
			lon: p.point[0],
			kind: p.kind,
			confidence: m.confidence,
			role: m.role
		});
	}
	return out;
}
