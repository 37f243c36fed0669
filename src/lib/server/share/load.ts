/**
 * Load what a stored-article page shows: the article and its parse, from the parse cache (parsed
 * once per text, see `src/lib/server/parse`). Used by `/a/{id}`, its embed view and its exports.
 * The work a request caused (bytes parsed, or read from the cache and rendered) is charged to
 * its client, and the render waits for the render gate (`locals`).
 */
import { error } from '@sveltejs/kit';
import { GazetteerLoadError } from '$lib/server/gazetteer';
import { getParseCache, ParseFailedError, type CachedParse } from '$lib/server/parse/index';
import { getArticleStore, StoreError, type StoredArticle } from '$lib/server/store/index';
import { isArticleId } from '$lib/share/links';
import { workCost } from './work';

export interface SharedArticle {
	article: StoredArticle;
	parse: CachedParse;
}

/** The article `id` and its parse; throws 404 / 503 page errors. */
export async function loadSharedArticle(
	id: string,
	locals?: Pick<App.Locals, 'chargeWork' | 'holdRenderGate'>
): Promise<SharedArticle> {
	if (!isArticleId(id)) error(404, 'No article has this link. Check that it was copied whole.');
	let article: StoredArticle | null;
	try {
		article = await getArticleStore().get(id);
	} catch (cause) {
		if (cause instanceof StoreError) {
			console.error(`article store: cannot read ${id}: ${cause.message}`);
			error(503, 'The article store cannot be read right now; try again in a moment.');
		}
		throw cause;
	}
	if (!article) error(404, 'No article has this link. Check that it was copied whole.');
	try {
		const { parse, parseMs } = await getParseCache().get(article.text, article.title);
		locals?.chargeWork(workCost(article.text, parseMs));
		// Rendering a large article is the costly part left: one at a time (render-gate.ts).
		await locals?.holdRenderGate();
		return { article, parse };
	} catch (cause) {
		if (cause instanceof GazetteerLoadError || cause instanceof ParseFailedError) {
			console.error(`geoparse of article ${id} failed: ${cause.message}`);
			error(503, 'The places of this article cannot be found right now; try again later.');
		}
		throw cause;
	}
}

/** "Places: Baghdad, Camp Taji, Iraq and 4 more." — for link previews. */
export function describePlaces(names: string[], max = 6): string {
	if (names.length === 0) return 'An article on a map: no places found.';
	const shown = names.slice(0, max);
	const more = names.length - shown.length;
	return `An article on a map. Places: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
