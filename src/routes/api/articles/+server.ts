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

export const POST: RequestHandler = async ({ request }) => {
	const body = await readJsonBody(request);
	if (!body.ok) return body.response;
	const input = validateArticleInput(body.value);
	if (!input.ok) return jsonError(input.status, input.error);
	const stored = await storeArticle(input.article);
	if (!stored.ok) return jsonError(stored.status, stored.error, { 'retry-after': '5' });
	const url = articlePath(stored.id);
	return json({ id: stored.id, url }, { status: 201, headers: { location: url } });
};
