/**
 * The process-wide article store, opened on first use. The SQLite file is `ARTICLE_DB`, by default
 * `data/articles.sqlite` under the working directory (the app's data folder, git-ignored).
 * `ARTICLE_DB_READONLY=1` opens it read-only (existing links work, new ones are refused).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { holdDatabase } from './maintenance';
import { idSecret } from './secret';
import { openSqliteStore } from './sqlite';
import type { ArticleStore } from './types';

export type * from './types';
export { StoreError } from './types';
export { openSqliteStore } from './sqlite';
export { articleId } from './id';
export { idSecret } from './secret';

const DEFAULT_ARTICLE_DB = 'data/articles.sqlite';

/** The database file the app uses. */
export function articleDbPath(): string {
	return resolve(process.env.ARTICLE_DB || DEFAULT_ARTICLE_DB);
}

let store: ArticleStore | null = null;

export function getArticleStore(): ArticleStore {
	if (!store) {
		const path = articleDbPath();
		try {
			mkdirSync(dirname(path), { recursive: true });
		} catch {
			// The store reports it (unavailable or read-only); the secret is then not needed.
		}
		const expireDays = expiryDays();
		store = openSqliteStore({
			path,
			readOnly: process.env.ARTICLE_DB_READONLY === '1',
			idSecret: idSecret(path),
			trackReads: expireDays !== null
		});
		if (expireDays !== null) scheduleExpiry(store, expireDays);
		// Restore refuses while this process has the database open (maintenance.ts).
		holdDatabase(path);
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

/** `ARTICLE_EXPIRE_DAYS`: delete articles unread for that many days; null (unset) keeps them. */
export function expiryDays(env: NodeJS.ProcessEnv = process.env): number | null {
	const days = Number(env.ARTICLE_EXPIRE_DAYS);
	return env.ARTICLE_EXPIRE_DAYS && Number.isFinite(days) && days > 0 ? days : null;
}

/** Run the expiry now and every 6 hours while the process lives. */
function scheduleExpiry(target: ArticleStore, days: number): void {
	const sweep = () => {
		const before = new Date(Date.now() - days * 86_400_000).toISOString();
		target.expireUnread(before).then(
			(n) => n > 0 && console.log(`article store: ${n} articles unread for ${days} days deleted`),
			(error: unknown) => console.warn(`article store: expiry failed: ${String(error)}`)
		);
	};
	sweep();
	setInterval(sweep, 6 * 3_600_000).unref();
}
