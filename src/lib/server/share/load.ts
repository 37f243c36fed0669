/**
 * Load what a stored-article page shows: the article, its places with the link's corrections
 * applied, and the link's share state. Used by `/a/{id}`, its embed view and its exports.
 */
import { error } from '@sveltejs/kit';
import { GazetteerLoadError } from '$lib/server/gazetteer';
import { getArticleStore, StoreError, type StoredArticle } from '$lib/server/store/index';
import { isArticleId } from '$lib/share/links';
import { decodeShareParams } from '$lib/share/params';
import type { DecodedShareState } from '$lib/share/types';
import type { GeoparseResult } from '$lib/geoparse/types';
import { parseArticle } from './parse';

export interface SharedArticle {
	article: StoredArticle;
	result: GeoparseResult;
	share: DecodedShareState;
	/** Correction keys naming places the gazetteer does not know. */
	unresolved: string[];
}

/** The article `id` as the link `url` shows it; throws 404 / 503 page errors. */
export async function loadSharedArticle(id: string, url: URL): Promise<SharedArticle> {
	if (!isArticleId(id)) error(404, 'No article has this link. Check that it was copied whole.');
	let article: StoredArticle | null;
	try {
		article = await getArticleStore().get(id);
	} catch (cause) {
		if (cause instanceof StoreError) error(503, cause.message);
		throw cause;
	}
	if (!article) error(404, 'No article has this link. Check that it was copied whole.');
	const share = decodeShareParams(url.searchParams);
	try {
		const { result, unresolved } = parseArticle(
			article.text,
			share.state.corrections,
			share.state.edits
		);
		return { article, result, share, unresolved };
	} catch (cause) {
		if (cause instanceof GazetteerLoadError) error(503, cause.message);
		throw cause;
	}
}

/** "Places: Baghdad, Camp Taji, Iraq and 4 more." — for link previews. */
export function describePlaces(result: GeoparseResult, max = 6): string {
	const names = result.places.map((place) => place.name);
	if (names.length === 0) return 'An article on a map: no places found.';
	const shown = names.slice(0, max);
	const more = names.length - shown.length;
	return `An article on a map. Places: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
