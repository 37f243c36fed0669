/** Store an article, turning store failures into a status and a message people can act on. */
import type { ArticleInput } from '$lib/article-input/validate';
import { getArticleStore, StoreError } from '$lib/server/store/index';

export type StoreArticleResult =
	{ ok: true; id: string } | { ok: false; status: 503; error: string };

const MESSAGES: Record<StoreError['code'], string> = {
	'read-only':
		'Links cannot be saved right now (the article store is read-only). Existing links still work; a private link keeps the text in the link itself.',
	busy: 'The article store is busy; try again in a moment.',
	full: 'Links cannot be saved right now (the article store is full). A private link keeps the text in the link itself.',
	unavailable:
		'Links cannot be saved right now (the article store is unavailable). A private link keeps the text in the link itself.'
};

export async function storeArticle(article: ArticleInput): Promise<StoreArticleResult> {
	try {
		return { ok: true, id: await getArticleStore().put(article) };
	} catch (error) {
		if (!(error instanceof StoreError)) throw error;
		console.warn(`article store: ${error.message}`);
		return { ok: false, status: 503, error: MESSAGES[error.code] };
	}
}
