/**
 * What the map reader needs from the server besides the parse: the places a link's corrections
 * name (so the browser can apply them without the gazetteer), which keys named nothing, and
 * which areas have no outline (so the map never asks for one). Shared by `/`, `/a/{id}` and
 * `/embed/{id}`; `/view` gets its parse from the API and looks places up itself.
 */
import { getAreas } from '$lib/server/areas';
import { getGazetteer } from '$lib/server/gazetteer';
import type { CachedParse } from '$lib/server/parse/index';
import { applyCorrections, gazetteerResolver, type CorrectionTarget } from '$lib/share/corrections';
import { hasEdits } from '$lib/share/edits-params';
import type { Corrections, ReaderEdits } from '$lib/share/types';
import { packedPlaceNames, type PackedResult } from '$lib/wire/packed-result';

export interface ReaderData {
	/** The parse before corrections, packed (the reader unpacks it and applies the corrections). */
	packed: PackedResult;
	targets: CorrectionTarget[];
	/** Correction keys whose place the gazetteer does not know (ignored). */
	unresolved: string[];
	/** Edits that could not apply, one line each (shown with the link's other dropped values). */
	dropped: string[];
	/** Area ids of places and candidates with no outline polygon. */
	withoutOutline: string[];
	/** Names of the places with the corrections applied (for descriptions and link previews). */
	placeNames: string[];
}

const AREA_KINDS = new Set(['country', 'admin1', 'admin2', 'continent', 'region', 'water']);

export function readerData(
	parse: CachedParse,
	corrections: Corrections,
	edits?: ReaderEdits
): ReaderData {
	const { packed } = parse;
	const withoutParse = parse.memo('withoutOutline', () => areasWithoutOutline(packed.places));
	if (Object.keys(corrections).length === 0 && !hasEdits(edits)) {
		return {
			packed,
			targets: [],
			unresolved: [],
			dropped: [],
			withoutOutline: withoutParse,
			placeNames: parse.memo('placeNames', () => packedPlaceNames(packed))
		};
	}
	const base = parse.result;
	const resolve = gazetteerResolver(getGazetteer());
	const known = new Set(base.places.map((p) => p.id));
	const targets: CorrectionTarget[] = [];
	const named = [
		...Object.values(corrections),
		...(edits?.added.map((a) => a.target) ?? []),
		...(edits?.mentions.map((m) => m.fix) ?? [])
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
		text: parse.text,
		title: packed.title,
		resolve: (id) => targets.find((t) => t.id === id) ?? null
	});
	return {
		packed,
		targets,
		unresolved,
		dropped,
		withoutOutline: [...withoutParse, ...areasWithoutOutline(targets)],
		placeNames: corrected.places.map((place) => place.name)
	};
}

/** Ids of the areas among `places` that have no outline polygon. */
function areasWithoutOutline(places: ReadonlyArray<{ id: string; kind: string }>): string[] {
	const ids = places.filter((place) => AREA_KINDS.has(place.kind)).map((place) => place.id);
	try {
		const areas = getAreas();
		return ids.filter((id) => !areas.has(id));
	} catch {
		// No areas artifact: every area is drawn as its box, and nothing is requested.
		return ids;
	}
}
