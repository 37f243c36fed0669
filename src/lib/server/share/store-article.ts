/** Store an article, turning store failures into a status and a message people can act on. */
import type { ArticleInput } from '$lib/article-input/validate';
import { getArticleStore, StoreError } from '$lib/server/store/index';

export type StoreArticleResult =
	{ ok: true; id: string } | { ok: false; status: 429 | 503; error: string };

/** Default daily storage per client: 20 MB (100 articles of the largest size). */
export const DEFAULT_QUOTA_PER_DAY = 20_000_000;

/** `STORE_QUOTA_PER_DAY` in bytes, or null for `off`. */
export function quotaPerDay(env: NodeJS.ProcessEnv = process.env): number | null {
	const value = env.STORE_QUOTA_PER_DAY?.trim().toLowerCase();
	if (value === 'off') return null;
	const bytes = Number(value);
	return value && Number.isFinite(bytes) && bytes > 0 ? bytes : DEFAULT_QUOTA_PER_DAY;
}

function articleBytes(article: ArticleInput): number {
	const length = (text: string | null) => (text === null ? 0 : Buffer.byteLength(text, 'utf8'));
	return length(article.text) + length(article.title) + length(article.sourceUrl);
}

const MESSAGES: Record<StoreError['code'], string> = {
	'read-only':
		'Links cannot be saved right now (the article store is read-only). Existing links still work; a private link keeps the text in the link itself.',
	busy: 'The article store is busy; try again in a moment.',
	full: 'Links cannot be saved right now (the article store is full). A private link keeps the text in the link itself.',
	unavailable:
		'Links cannot be saved right now (the article store is unavailable). A private link keeps the text in the link itself.'
};

/**
 * Store `article` for `client`, within the client's daily storage quota (`STORE_QUOTA_PER_DAY`
 * bytes, default 20 MB; `off` for none): one address could otherwise store 450 MB an hour.
 */
export async function storeArticle(
	article: ArticleInput,
	client: string
): Promise<StoreArticleResult> {
	try {
		const store = getArticleStore();
		const limit = quotaPerDay();
		if (limit !== null) {
			const bytes = articleBytes(article);
			const day = new Date().toISOString().slice(0, 10);
			if (!(await store.chargeQuota(client, day, bytes, limit))) {
				return {
					ok: false,
					status: 429,
					error: `You have stored ${Math.round(limit / 1e6)} MB of articles today, the daily limit; try again tomorrow, or keep the text in a private link.`
				};
			}
		}
		return { ok: true, id: await store.put(article) };
	} catch (error) {
		if (!(error instanceof StoreError)) throw error;
		console.warn(`article store: ${error.message}`);
		return { ok: false, status: 503, error: MESSAGES[error.code] };
	}
}
