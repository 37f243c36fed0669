/** GET /api/articles/{id} — the stored article as JSON, or 404. */
import { json } from '@sveltejs/kit';
import { isArticleId } from '$lib/share/links';
import { getArticleStore, StoreError } from '$lib/server/store/index';
import { jsonError } from '$lib/server/security';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	if (!isArticleId(params.id)) return jsonError(404, 'No article has this id.');
	try {
		const article = await getArticleStore().get(params.id);
		if (!article) return jsonError(404, 'No article has this id.');
		// Content-addressed: what an id names never changes.
		return json(article, { headers: { 'cache-control': 'public, max-age=31536000, immutable' } });
	} catch (error) {
		if (error instanceof StoreError) {
			console.error(`article store: cannot read ${params.id}: ${error.message}`);
			return jsonError(503, 'The article store cannot be read right now; try again in a moment.');
		}
		throw error;
	}
};
