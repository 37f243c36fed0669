/**
 * POST /api/geoparse — `{ "text": "…", "title"?: "…", "corrections"?: {…} }` → the places and
 * mentions as a GeoJSON FeatureCollection (the geoparse CLI's shape, each mention with its
 * `alternatives`, the other candidates a reader's "Wrong place?" offers). Nothing is stored.
 * Errors: `{ "error": "…" }` with 400 (malformed), 413 (too large), 415 (not JSON), 503.
 */
import { json } from '@sveltejs/kit';
import { validateArticleInput } from '$lib/article-input/validate';
import { toFeatureCollection } from '$lib/geoparse/index';
import { GazetteerLoadError } from '$lib/server/gazetteer';
import { parseArticle } from '$lib/server/share/parse';
import { parseCorrections } from '$lib/share/params';
import { readJsonBody } from '$lib/server/json-body';
import { jsonError } from '$lib/server/security';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const input = validateArticleInput(body.value);
	if (!input.ok) return jsonError(input.status, input.error);
	const { corrections, dropped } = parseCorrections(
		(body.value as { corrections?: unknown }).corrections
	);
	if (dropped.length > 0) return jsonError(400, `Invalid corrections: ${dropped.join('; ')}.`);
	try {
		const { result, parseMs } = parseArticle(input.article.text, corrections);
		return json(toFeatureCollection(result, { alternatives: true }), {
			headers: {
				'content-type': 'application/geo+json; charset=utf-8',
				'server-timing': `geoparse;dur=${parseMs.toFixed(1)}`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		if (error instanceof GazetteerLoadError) return jsonError(503, error.message);
		throw error;
	}
};
