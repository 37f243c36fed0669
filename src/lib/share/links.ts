/** Paths of shared articles. */

/**
 * Stored article ids: 16 base64url characters (96 bits of SHA-256 of the article).
 * @public (for branches still landing; knip does not report it)
 */
export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

export function isArticleId(id: string): boolean {
	return ARTICLE_ID_PATTERN.test(id);
}

/** Path of a stored article's page, `/a/{id}`, or its embed view, `/embed/{id}`. */
export function articlePath(id: string, view: 'page' | 'embed' = 'page'): string {
	return `${view === 'embed' ? '/embed' : '/a'}/${id}`;
}
