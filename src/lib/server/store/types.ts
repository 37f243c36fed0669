/**
 * The article store: where articles behind share links live. A small async interface so the
 * SQLite implementation (one machine) can be swapped for a shared database (several app servers,
 * e.g. PostgreSQL: see the README) without touching the routes.
 */
import type { ArticleInput } from '$lib/article-input/validate';

/** An article as stored. */
export interface StoredArticle extends ArticleInput {
	/** Content-addressed id (see `id.ts`). */
	id: string;
	/** ISO 8601 time of the first store. */
	createdAt: string;
}

/** A geoparse result as the parse cache keeps it: opaque bytes and the version that made them. */
export interface StoredParse {
	version: string;
	data: Uint8Array;
}

export interface StoreHealth {
	ok: boolean;
	/** `read-write`, `read-only` (reads work, writes fail), or `unavailable`. */
	mode: 'read-write' | 'read-only' | 'unavailable';
	/** Where the data lives (a file path for SQLite). */
	location: string;
	/** Number of stored articles, when readable. */
	articles: number | null;
	/** Why the store is degraded, when it is. */
	problem: string | null;
}

export interface ArticleStore {
	/**
	 * Store an article and return its id. Idempotent: the same article always gets the same id and
	 * is stored once. Throws {@link StoreError} when the store cannot write.
	 */
	put(article: ArticleInput): Promise<string>;
	/** The article, or null when no article has this id. Throws {@link StoreError} when unreadable. */
	get(id: string): Promise<StoredArticle | null>;
	health(): Promise<StoreHealth>;
	/**
	 * The cached parse of the article text hashing to `textHash` (see `src/lib/server/parse`), or
	 * null. A parse is shared by every article with that text; `version` says which parser and
	 * gazetteer made it, and a stale one is simply replaced. Throws {@link StoreError}.
	 */
	getParse(textHash: string): Promise<StoredParse | null>;
	/** Keep a parse (replacing any other version). Throws {@link StoreError}. */
	putParse(textHash: string, parse: StoredParse): Promise<void>;
	/**
	 * Count `bytes` against `client`'s quota of `limit` bytes for `day` (YYYY-MM-DD), atomically:
	 * true and counted when it fits, false (nothing counted) when it does not.
	 */
	chargeQuota(client: string, day: string, bytes: number, limit: number): Promise<boolean>;
	/**
	 * Delete the articles neither stored nor read since `before` (ISO time), with the quota
	 * rows of days before it; returns how many articles went.
	 */
	expireUnread(before: string): Promise<number>;
	/** Release the database (checkpoints the WAL for SQLite). */
	close(): void;
}

/**
 * Why a store operation failed, for the route to turn into a clear message and status:
 * - `read-only`: the database or its folder cannot be written (reads may still work).
 * - `busy`: another process holds the write lock beyond the wait.
 * - `full`: the disk or database is full.
 * - `unavailable`: the database cannot be opened or read at all.
 */
export type StoreErrorCode = 'read-only' | 'busy' | 'full' | 'unavailable';

export class StoreError extends Error {
	override name = 'StoreError';
	constructor(
		readonly code: StoreErrorCode,
		message: string,
		options?: ErrorOptions
	) {
		super(message, options);
	}
}
