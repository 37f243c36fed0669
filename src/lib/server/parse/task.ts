/**
 * The work a parse worker does, also run inline when there is no worker: geoparse a text with
 * the gazetteer and answer in the form the caller ships on (a string, so crossing a thread costs
 * one copy, not a clone of 28,000 objects).
 */
import { toFeatureCollection } from '../../geoparse/index';
import type { Gazetteer } from '../../gazetteer/index';
import { applyCorrections, gazetteerResolver } from '../../share/corrections';
import { geoparseStory, separateTitle } from '../../story/parse';
import type { Corrections } from '../../share/types';
import { packResult } from '../../wire/packed-result';

/**
 * A text to geoparse, with the title given apart from it (parsed with it as one story, see
 * `src/lib/story`), or null.
 */
export type ParseTask =
	/** The packed result of a stored article (page data and the parse cache). */
	| { kind: 'packed'; text: string; title?: string | null }
	/** The GeoJSON of `POST /api/geoparse`, with its corrections applied. */
	| { kind: 'geojson'; text: string; title?: string | null; corrections: Corrections };

export interface ParseAnswer {
	/** JSON: a PackedResult or a PlaceCollection. */
	json: string;
	/** Milliseconds spent geoparsing. */
	parseMs: number;
}

export function runParseTask(task: ParseTask, gazetteer: Gazetteer): ParseAnswer {
	const started = performance.now();
	const result = geoparseStory({
		text: task.text,
		title: task.title ?? null,
		gazetteer,
		why: true
	});
	const parseMs = performance.now() - started;
	if (task.kind === 'packed') {
		const title = separateTitle(task.title, task.text);
		return { json: JSON.stringify(packResult(result, title)), parseMs };
	}
	const corrected = applyCorrections({
		result,
		corrections: task.corrections,
		resolve: gazetteerResolver(gazetteer)
	}).result;
	// Names off the map ride as a foreign member (RFC 7946 §6.1): the private page lists them too.
	const collection = {
		...toFeatureCollection(corrected, { alternatives: true }),
		...(corrected.unresolved?.length ? { unresolved: corrected.unresolved } : {})
	};
	return { json: JSON.stringify(collection), parseMs };
}
