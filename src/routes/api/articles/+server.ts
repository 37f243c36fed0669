/**
 * POST /api/articles — store `{ "text": "…", "title"?: "…", "sourceUrl"?: "…" }` and answer
 * 201 `{ "id": "…", "url": "/a/…" }`. Storing the same article twice gives the same id.
 */
import { json } from '@sveltejs/kit';
import { validateArticleInput } from '$lib/article-input/validate';
import { articlePath } from '$lib/share/links';
import { storeArticle } from '$lib/server/share/store-article';
import { readJsonBody } from '$lib/server/json-body';
import { jsonError } from '$lib/server/security';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const input = validateArticleInput(body.value);
	if (!input.ok) return jsonError(input.status, input.error);
	const stored = await storeArticle(input.article, locals.client);
	if (!stored.ok) {
		const retry = stored.status === 429 ? secondsToMidnight() : 5;
		return jsonError(stored.status, stored.error, { 'retry-after': String(retry) });
	}
	const url = articlePath(stored.id);
	return json({ id: stored.id, url }, { status: 201, headers: { location: url } });
};

/** Seconds until the daily quotas start over (UTC midnight). */
function secondsToMidnight(now = new Date()): number {
	const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
	return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}
