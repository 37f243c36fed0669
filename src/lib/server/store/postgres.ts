/**
 * PostgreSQL implementation of the article store (node-postgres, one pool per server), for
 * several app servers sharing one database: `ARTICLE_STORE_URL=postgres://…` (see index.ts).
 *
 * The same contract as the SQLite store: ids are content hashes, so `put` is an
 * `INSERT … ON CONFLICT DO NOTHING` and servers storing the same article at once agree without
 * coordination; the parse cache and the per-client quotas live in the same database, so every
 * server shares them. A `put` is acknowledged only after PostgreSQL committed it (autocommit,
 * `synchronous_commit` as the database sets it, `on` by default), so a server killed afterwards
 * loses nothing it acknowledged. The schema is migrated on first use (pg-schema.ts); until the
 * database answers, every call fails with a typed `StoreError` and the next one tries again.
 */
import type pg from 'pg';
import type { ArticleInput } from '$lib/article-input/validate';
import { articleId } from './id';
import { migrate, schemaVersion, SCHEMA_VERSION, storedIdSecret } from './pg-schema';
import {
	StoreError,
	type ArticleStore,
	type StoreHealth,
	type StoredArticle,
	type StoredParse
} from './types';

export interface PostgresStoreOptions {
	pool: pg.Pool;
	/** What health() reports as the location (the URL without its password). */
	location: string;
	/** Reads work, writes fail with `StoreError('read-only')`; the schema is not migrated. */
	readOnly?: boolean;
	/** Key of the article ids; undefined uses the one stored in the database (pg-schema.ts). */
	idSecret?: string | null;
	/** Note when each article is read (at most once a day each), for expiring unread ones. */
	trackReads?: boolean;
}

interface Row {
	id: string;
	text: string;
	title: string | null;
	source_url: string | null;
	created_at: Date;
}

/** Open the store. Never throws: the database is reached on first use and errors are typed. */
export function openPostgresStore(options: PostgresStoreOptions): ArticleStore {
	const { pool } = options;
	let ready: Promise<string | null> | null = null;
	let problem: string | null = null;

	/** Migrate (or check the schema, read-only) and settle the id secret, once; retried on failure. */
	const prepare = (): Promise<string | null> => {
		ready ??= (async () => {
			if (options.readOnly) {
				const version = await schemaVersion(pool);
				if (version < 1 || version > SCHEMA_VERSION) {
					throw new Error(`unknown schema version ${version}`);
				}
			} else {
				await migrate(pool);
			}
			if (options.idSecret !== undefined) return options.idSecret;
			return options.readOnly ? null : await storedIdSecret(pool);
		})().then(
			(secret) => {
				problem = null;
				return secret;
			},
			(error: unknown) => {
				ready = null;
				problem = reason(error);
				throw storeError(error, 'read');
			}
		);
		return ready;
	};

	const writable = async (): Promise<string | null> => {
		const secret = await prepare();
		if (options.readOnly) {
			throw new StoreError('read-only', 'The article store is read-only (by configuration).');
		}
		return secret;
	};

	/** Run a query, its failure turned into a typed StoreError. */
	const run = async <R extends pg.QueryResultRow>(
		action: 'read' | 'write',
		text: string,
		values: unknown[]
	): Promise<pg.QueryResult<R>> => {
		try {
			return await pool.query<R>(text, values);
		} catch (error) {
			throw storeError(error, action);
		}
	};

	return {
		async put(article: ArticleInput): Promise<string> {
			const secret = await writable();
			const id = articleId(article, secret);
			const inserted = await run(
				'write',
				'INSERT INTO articles (id, text, title, source_url) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
				[id, article.text, article.title, article.sourceUrl]
			);
			if (inserted.rowCount === 0) {
				const { rows } = await run<Row>('read', 'SELECT * FROM articles WHERE id = $1', [id]);
				// Already stored: fine if it is this article (a 96-bit collision is not, however unlikely).
				const existing = rows[0];
				if (existing && !same(existing, article)) {
					throw new StoreError('unavailable', `Article id ${id} is taken by another article.`);
				}
			}
			return id;
		},

		async get(id: string): Promise<StoredArticle | null> {
			await prepare();
			const { rows } = await run<Row>(
				'read',
				'SELECT id, text, title, source_url, created_at FROM articles WHERE id = $1',
				[id]
			);
			const row = rows[0];
			if (!row) return null;
			if (options.trackReads && !options.readOnly) await noteRead(pool, id);
			return {
				id: row.id,
				text: row.text,
				title: row.title,
				sourceUrl: row.source_url,
				createdAt: row.created_at.toISOString()
			};
		},

		async getParse(textHash: string): Promise<StoredParse | null> {
			await prepare();
			const { rows } = await run<{ version: string; data: Buffer }>(
				'read',
				'SELECT version, data FROM parses WHERE text_hash = $1',
				[textHash]
			);
			const row = rows[0];
			return row ? { version: row.version, data: new Uint8Array(row.data) } : null;
		},

		async putParse(textHash: string, parse: StoredParse): Promise<void> {
			await writable();
			await run(
				'write',
				'INSERT INTO parses (text_hash, version, data) VALUES ($1, $2, $3) ' +
					'ON CONFLICT (text_hash) DO UPDATE SET version = excluded.version, data = excluded.data',
				[
					textHash,
					parse.version,
					Buffer.from(parse.data.buffer, parse.data.byteOffset, parse.data.byteLength)
				]
			);
		},

		async chargeQuota(client, day, bytes, limit) {
			await writable();
			if (bytes > limit) return false;
			// One statement: the row is locked by the upsert, and the condition is checked against
			// its latest version, so servers charging the same client at once never overrun.
			const { rowCount } = await run(
				'write',
				'INSERT INTO quotas AS q (client, day, bytes) VALUES ($1, $2, $3) ' +
					'ON CONFLICT (client, day) DO UPDATE SET bytes = q.bytes + excluded.bytes ' +
					'WHERE q.bytes + excluded.bytes <= $4',
				[client, day, bytes, limit]
			);
			return rowCount === 1;
		},

		async expireUnread(before) {
			await writable();
			const client = await pool.connect().catch((error: unknown) => {
				throw storeError(error, 'write');
			});
			try {
				await client.query('BEGIN');
				await client.query('DELETE FROM quotas WHERE day < $1', [before.slice(0, 10)]);
				const removed = await client.query(
					'DELETE FROM articles WHERE coalesce(read_at, created_at) < $1',
					[before]
				);
				await client.query('COMMIT');
				return removed.rowCount ?? 0;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw storeError(error, 'write');
			} finally {
				client.release();
			}
		},

		async health(): Promise<StoreHealth> {
			const location = options.location;
			try {
				await prepare();
				const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM articles');
				const articles = Number(rows[0]?.n ?? 0);
				if (options.readOnly) {
					const why = 'opened read-only by configuration';
					return { ok: false, mode: 'read-only', location, articles, problem: why };
				}
				return { ok: true, mode: 'read-write', location, articles, problem: null };
			} catch (error) {
				return {
					ok: false,
					mode: 'unavailable',
					location,
					articles: null,
					problem: problem ?? reason(error)
				};
			}
		},

		close() {
			void pool.end().catch(() => {});
		}
	};
}

/** Note that article `id` was read today (one write a day at most; failures only logged). */
async function noteRead(pool: pg.Pool, id: string): Promise<void> {
	await pool
		.query(
			'UPDATE articles SET read_at = now() WHERE id = $1 AND (read_at IS NULL OR read_at < current_date)',
			[id]
		)
		.catch((error: unknown) =>
			console.warn(`article store: cannot note that ${id} was read: ${reason(error)}`)
		);
}

/** SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const READ_ONLY = new Set(['25006', '42501']); // read-only transaction (a replica), no privilege
const BUSY = new Set(['40001', '40P01', '55P03', '53300', '57014']); // serialization, deadlock, lock, too many connections, timeout
const FULL = new Set(['53100', '54000']); // disk full, program limit

/** A typed error for a node-postgres failure, by its SQLSTATE (or a connection error). */
function storeError(error: unknown, action: 'read' | 'write'): StoreError {
	if (error instanceof StoreError) return error;
	const code = String((error as { code?: unknown })?.code ?? '');
	if (READ_ONLY.has(code)) {
		return new StoreError('read-only', `The article store cannot be written (${reason(error)}).`, {
			cause: error
		});
	}
	if (BUSY.has(code)) {
		return new StoreError('busy', 'The article store is busy; try again in a moment.', {
			cause: error
		});
	}
	if (FULL.has(code)) {
		return new StoreError('full', 'The article store is full.', { cause: error });
	}
	return new StoreError(
		'unavailable',
		`Could not ${action} the article store (${reason(error)}).`,
		{ cause: error }
	);
}

function reason(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
	return error instanceof Error
		? error.message || String((error as { code?: unknown }).code)
		: String(error);
}

function same(row: Row, article: ArticleInput): boolean {
	return (
		row.text === article.text && row.title === article.title && row.source_url === article.sourceUrl
	);
}
