/**
 * The process-wide article store, opened on first use. The SQLite file is `ARTICLE_DB`, by default
 * `data/articles.sqlite` under the working directory (the app's data folder, git-ignored).
 * `ARTICLE_DB_READONLY=1` opens it read-only (existing links work, new ones are refused).
 */
import { resolve } from 'node:path';
import { openSqliteStore } from './sqlite';
import type { ArticleStore } from './types';

export type * from './types';
export { StoreError } from './types';
export { openSqliteStore } from './sqlite';
export { articleId } from './id';

const DEFAULT_ARTICLE_DB = 'data/articles.sqlite';

/** The database file the app uses. */
function articleDbPath(): string {
	return resolve(process.env.ARTICLE_DB || DEFAULT_ARTICLE_DB);
}

let store: ArticleStore | null = null;

export function getArticleStore(): ArticleStore {
	if (!store) {
		store = openSqliteStore({
			path: articleDbPath(),
			readOnly: process.env.ARTICLE_DB_READONLY === '1'
		});
		// adapter-node emits this on SIGTERM/SIGINT after in-flight requests finish: closing
		// checkpoints the WAL so the file is complete on its own.
		process.once('sveltekit:shutdown', () => closeArticleStore());
	}
	return store;
}

/** Close the process-wide store (the next `getArticleStore` reopens it). */
export function closeArticleStore(): void {
	store?.close();
	store = null;
}
