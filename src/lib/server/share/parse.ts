/**
 * Geoparse an article and apply a link's corrections, on the server: the one place that binds
 * the parser, the gazetteer and the share format, for the API, the article pages and exports.
 */
import { geoparseText } from '$lib/server/geoparse';
import { getGazetteer } from '$lib/server/gazetteer';
import { applyCorrections, gazetteerResolver } from '$lib/share/corrections';
import type { Corrections, ReaderEdits } from '$lib/share/types';
import type { GeoparseResult } from '$lib/geoparse/types';

export interface ParsedArticle {
	result: GeoparseResult;
	/** Correction keys whose place id the gazetteer does not know (ignored). */
	unresolved: string[];
	/** Edits that could not apply, one line each. */
	dropped: string[];
	/** Milliseconds spent geoparsing (for Server-Timing). */
	parseMs: number;
}

/** Places and mentions of `text`, with `corrections` and `edits` applied. Throws GazetteerLoadError. */
export function parseArticle(
	text: string,
	corrections: Corrections,
	edits?: ReaderEdits
): ParsedArticle {
	const started = performance.now();
	const parsed = geoparseText(text);
	const parseMs = performance.now() - started;
	const { result, unresolved, dropped } = applyCorrections({
		result: parsed,
		corrections,
		edits,
		text,
		resolve: gazetteerResolver(getGazetteer())
	});
	return { result, unresolved, dropped, parseMs };
}
