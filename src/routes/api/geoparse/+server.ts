/**
 * POST /api/geoparse — `{ "text": "…", "title"?: "…", "corrections"?: {…} }` → the places and
 * mentions as a GeoJSON FeatureCollection (the geoparse CLI's shape, each mention with its
 * `alternatives`, the other candidates a reader's "Wrong place?" offers; names the text calls
 * places but no place was found for in a foreign member `unresolved`). The title is parsed with
 * the text as one story: a mention (or name off the map) in it says `"part": "title"`, its
 * offsets into the title. Nothing is stored. The
 * parse runs in the worker pool, and its bytes are charged to the client's work limit.
 * Errors: `{ "error": "…" }` with 400 (malformed), 413 (too large), 415 (not JSON), 503.
 */
import { validateArticleInput } from '$lib/article-input/validate';
import { GazetteerLoadError } from '$lib/server/gazetteer';
import { getParsePool, ParseFailedError } from '$lib/server/parse/index';
import { workCost } from '$lib/server/share/work';
import { parseCorrections } from '$lib/share/decode';
import { readJsonBody } from '$lib/server/json-body';
import { jsonError } from '$lib/server/security';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const input = validateArticleInput(body.value);
	if (!input.ok) return jsonError(input.status, input.error);
	const { corrections, dropped } = parseCorrections(
		(body.value as { corrections?: unknown }).corrections
	);
	if (dropped.length > 0) return jsonError(400, `Invalid corrections: ${dropped.join('; ')}.`);
	try {
		const { text, title } = input.article;
		const { json, parseMs } = await getParsePool().run({
			kind: 'geojson',
			text,
			title,
			corrections
		});
		locals.chargeWork(workCost(text, parseMs));
		return new Response(json, {
			headers: {
				'content-type': 'application/geo+json; charset=utf-8',
				'server-timing': `geoparse;dur=${parseMs.toFixed(1)}`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		if (error instanceof GazetteerLoadError || error instanceof ParseFailedError) {
			console.error(`geoparse failed: ${error.message}`);
			return jsonError(503, 'Places cannot be found right now; try again later.');
		}
		throw error;
	}
};
