/**
 * What the map reader needs from the server besides the parse: the places a link's corrections
 * name (so the browser can apply them without the gazetteer), which keys named nothing, and
 * which areas have no outline (so the map never asks for one). Shared by `/`, `/a/{id}` and
 * `/embed/{id}`; `/view` gets its parse from the API and looks places up itself.
 */
import type { GeoparseResult } from '$lib/geoparse/types';
import { getAreas } from '$lib/server/areas';
import { getGazetteer } from '$lib/server/gazetteer';
import { applyCorrections, gazetteerResolver, type CorrectionTarget } from '$lib/share/corrections';
import { emptyEdits } from '$lib/share/edits-params';
import type { Corrections, ReaderEdits } from '$lib/share/types';

export interface ReaderData {
	targets: CorrectionTarget[];
	/** Correction keys whose place the gazetteer does not know (ignored). */
	unresolved: string[];
	/** Edits that could not apply, one line each (shown with the link's other dropped values). */
	dropped: string[];
	/** Area ids of places and candidates with no outline polygon. */
	withoutOutline: string[];
	/** The result with the corrections applied (for descriptions and link previews). */
	corrected: GeoparseResult;
}

const AREA_KINDS = new Set(['country', 'admin1', 'admin2', 'continent', 'region', 'water']);

export function readerData(
	base: GeoparseResult,
	corrections: Corrections,
	edits: ReaderEdits = emptyEdits(),
	text?: string
): ReaderData {
	const resolve = gazetteerResolver(getGazetteer());
	const known = new Set(base.places.map((p) => p.id));
	const targets: CorrectionTarget[] = [];
	const named = [
		...Object.values(corrections),
		...edits.added.map((a) => a.target),
		...edits.mentions.map((m) => m.fix)
	];
	for (const correction of named) {
		if (!('placeId' in correction) || known.has(correction.placeId)) continue;
		const target = resolve(correction.placeId);
		if (target && !targets.some((t) => t.id === target.id)) targets.push(target);
	}
	const {
		result: corrected,
		unresolved,
		dropped
	} = applyCorrections({
		result: base,
		corrections,
		edits,
		text,
		resolve: (id) => targets.find((t) => t.id === id) ?? null
	});
	const areaIds = new Set<string>();
	for (const place of [...base.places, ...targets]) {
		if (AREA_KINDS.has(place.kind)) areaIds.add(place.id);
	}
	for (const mention of base.mentions) {
		for (const alt of mention.alternatives) if (AREA_KINDS.has(alt.kind)) areaIds.add(alt.id);
	}
	let withoutOutline: string[];
	try {
		const areas = getAreas();
		withoutOutline = [...areaIds].filter((id) => !areas.has(id));
	} catch {
		// No areas artifact: every area is drawn as its box, and nothing is requested.
		withoutOutline = [...areaIds];
	}
	return { targets, unresolved, dropped, withoutOutline, corrected };
}
