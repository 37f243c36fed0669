/**
 * The process-wide article store, opened on first use. By default an SQLite file, `ARTICLE_DB`
 * (`data/articles.sqlite` under the working directory, the app's data folder, git-ignored); with
 * `ARTICLE_STORE_URL=postgres://…` a PostgreSQL database that several app servers share.
 * `ARTICLE_DB_READONLY=1` opens either read-only (existing links work, new ones are refused).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { holdDatabase, integrityProblem } from './maintenance';
import { openPostgresStore } from './postgres';
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

/** `ARTICLE_STORE_URL` when it names a PostgreSQL database, else null (the SQLite file). */
export function articleStoreUrl(env: NodeJS.ProcessEnv = process.env): string | null {
	const url = env.ARTICLE_STORE_URL?.trim();
	if (!url) return null;
	if (!/^postgres(?:ql)?:\/\//.test(url)) {
		throw new Error(
			`ARTICLE_STORE_URL must be a postgres://user:password@host:port/database URL (or unset for the SQLite file ARTICLE_DB).`
		);
	}
	return url;
}

/** A URL fit for logs and health reports: its password hidden. */
export function redactedUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'postgres://…';
	}
}

/** A node-postgres pool on `url` (`PG_POOL_MAX` connections, default 10) whose idle errors are logged. */
export function createPool(url: string, env: NodeJS.ProcessEnv = process.env): pg.Pool {
	const max = Number(env.PG_POOL_MAX);
	const created = new pg.Pool({
		connectionString: url,
		max: Number.isInteger(max) && max > 0 ? max : 10,
		connectionTimeoutMillis: 5000
	});
	// A connection dropped while idle (database restart): logged; the pool makes a new one.
	created.on('error', (error) => console.warn(`article store: ${error.message}`));
	return created;
}

let store: ArticleStore | null = null;
let pool: pg.Pool | null = null;

/** The process-wide PostgreSQL pool when the store is PostgreSQL (shared by the rate limits). */
export function databasePool(): pg.Pool | null {
	const url = articleStoreUrl();
	if (!url) return null;
	pool ??= createPool(url);
	return pool;
}

export function getArticleStore(): ArticleStore {
	if (!store) {
		const shared = databasePool();
		if (shared) {
			store = openPostgresStore({
				pool: shared,
				location: redactedUrl(articleStoreUrl()!),
				readOnly: process.env.ARTICLE_DB_READONLY === '1',
				idSecret: process.env.ARTICLE_ID_SECRET?.trim() || undefined,
				trackReads: expiryDays() !== null
			});
			afterOpen(store);
			return store;
		}
		const path = articleDbPath();
		try {
			mkdirSync(dirname(path), { recursive: true });
		} catch {
			// The store reports it (unavailable or read-only); the secret is then not needed.
		}
		store = openSqliteStore({
			path,
			readOnly: process.env.ARTICLE_DB_READONLY === '1',
			idSecret: idSecret(path),
			trackReads: expiryDays() !== null
		});
		// Restore refuses while this process has the database open (maintenance.ts).
		holdDatabase(path);
		afterOpen(store);
	}
	return store;
}

/** Expiry, and closing on shutdown. */
function afterOpen(opened: ArticleStore): void {
	const expireDays = expiryDays();
	if (expireDays !== null) scheduleExpiry(opened, expireDays);
	// adapter-node emits this on SIGTERM/SIGINT after in-flight requests finish: closing
	// checkpoints the WAL (SQLite) or ends the pool (PostgreSQL).
	process.once('sveltekit:shutdown', () => closeArticleStore());
}

/** Close the process-wide store (the next `getArticleStore` reopens it). */
export function closeArticleStore(): void {
	store?.close(); // ends the PostgreSQL pool too
	store = null;
	pool = null;
}

/**
 * Why the server must not start with the configured store, or null; run before it listens.
 * SQLite: `quick_check` finds the file damaged. PostgreSQL: the schema is migrated here (so it is
 * at start, not on the first request), and only a schema newer than this version stops the
 * server; an unreachable database is logged and retried on every request (503 meanwhile).
 */
export async function storeStartupProblem(): Promise<string | null> {
	if (!articleStoreUrl()) {
		const damage = integrityProblem(articleDbPath());
		return damage
			? `The article store ${articleDbPath()} is damaged (${damage}). Restore a backup with ` +
					'`npm run db:restore -- FILE`, or move the file away to start with an empty store.'
			: null;
	}
	const health = await getArticleStore().health();
	if (health.mode !== 'unavailable') return null;
	if (/newer version|unknown schema/.test(health.problem ?? '')) {
		return `The article store ${health.location} cannot be used: ${health.problem}.`;
	}
	console.warn(`article store: ${health.problem}; retrying on each request.`);
	return null;
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
