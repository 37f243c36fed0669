/**
 * Geoparse an article and apply a link's corrections, on the server: the one place that binds
 * the parser, the gazetteer and the share format, for the API, the article pages and exports.
 */
import { geoparseText } from '$lib/server/geoparse';
import { getGazetteer } from '$lib/server/gazetteer';
import { applyCorrections, gazetteerResolver } from '$lib/share/corrections';
import type { Corrections } from '$lib/share/types';
import type { GeoparseResult } from '$lib/geoparse/types';

export interface ParsedArticle {
	result: GeoparseResult;
	/** Correction keys whose place id the gazetteer does not know (ignored). */
	unresolved: string[];
	/** Milliseconds spent geoparsing (for Server-Timing). */
	parseMs: number;
}

/** Places and mentions of `text`, with `corrections` applied. Throws GazetteerLoadError. */
export function parseArticle(text: string, corrections: Corrections): ParsedArticle {
	const started = performance.now();
	const parsed = geoparseText(text);
	const parseMs = performance.now() - started;
	const { result, unresolved } = applyCorrections({
		result: parsed,
		corrections,
		resolve: gazetteerResolver(getGazetteer())
	});
	return { result, unresolved, parseMs };
}
