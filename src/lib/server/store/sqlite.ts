/**
 * SQLite implementation of the article store (better-sqlite3, one file, WAL mode).
 *
 * WAL lets readers (page loads) run while a writer stores an article, and survives crashes and
 * restarts. When the file or its folder cannot be written the store still opens read-only, so
 * existing links keep working while new ones fail with a `StoreError('read-only')`.
 *
 * The file at the path is checked (one `stat`) around every write: if it was deleted or replaced
 * while the server runs, SQLite would go on writing into the unlinked file and the acknowledged
 * article would be gone after a restart. Instead the store reopens the path — creating a fresh
 * database when the file is gone — and writes there. Articles that were only in the deleted file
 * are gone for good once that happens (until then reads still come from the open, unlinked file);
 * the store does not copy them back, since deleting the file may be how an operator wiped it.
 */
import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { ArticleInput } from '$lib/article-input/validate';
import { articleId } from './id';
import { fileAt, openReadOnly, openWritable, reason, sameFile, type Opened } from './open';
import {
	StoreError,
	type ArticleStore,
	type StoreHealth,
	type StoredArticle,
	type StoredParse
} from './types';

interface Row {
	id: string;
	text: string;
	title: string | null;
	source_url: string | null;
	created_at: string;
}

export interface SqliteStoreOptions {
	/** Database file; its folder is created when missing. */
	path: string;
	/** How long a write waits for another process's lock, in ms (default 5000). */
	busyTimeoutMs?: number;
	/** Open read-only on purpose (a snapshot or a maintenance window): reads work, writes fail. */
	readOnly?: boolean;
	/** Key of the article ids (see `id.ts`); null makes the unkeyed ids of old versions. */
	idSecret?: string | null;
	/** Note when each article is read (at most once a day each), for expiring unread ones. */
	trackReads?: boolean;
}

/** An open connection with its prepared statements. */
interface Connection extends Opened {
	insert: Database.Statement | null;
	select: Database.Statement<[string], Row>;
	count: Database.Statement<[], { n: number }>;
	/** Null when the database predates the parse cache (an old file opened read-only). */
	selectParse: Database.Statement<[string], ParseRow> | null;
	upsertParse: Database.Statement | null;
	/** Null when read-only or the schema predates them. */
	maintenance: Maintenance | null;
}

interface Maintenance {
	markRead: Database.Statement;
	quota: (client: string, day: string, bytes: number, limit: number) => boolean;
	expire: (before: string) => number;
}

function maintenanceStatements(db: Database.Database): Maintenance | null {
	const version = db.pragma('user_version', { simple: true }) as number;
	if (version < 3) return null;
	const markRead = db.prepare(
		'UPDATE articles SET read_at = ? WHERE id = ? AND (read_at IS NULL OR read_at < ?)'
	);
	const used = db.prepare<[string, string], { bytes: number }>(
		'SELECT bytes FROM quotas WHERE client = ? AND day = ?'
	);
	const add = db.prepare(
		'INSERT INTO quotas (client, day, bytes) VALUES (?, ?, ?) ' +
			'ON CONFLICT (client, day) DO UPDATE SET bytes = bytes + excluded.bytes'
	);
	const removeArticles = db.prepare('DELETE FROM articles WHERE coalesce(read_at, created_at) < ?');
	const removeQuotas = db.prepare('DELETE FROM quotas WHERE day < ?');
	return {
		markRead,
		quota: db.transaction((client: string, day: string, bytes: number, limit: number) => {
			const now = used.get(client, day)?.bytes ?? 0;
			if (now + bytes > limit) return false;
			add.run(client, day, bytes);
			return true;
		}),
		expire: db.transaction((before: string) => {
			removeQuotas.run(before.slice(0, 10));
			return removeArticles.run(before).changes;
		})
	};
}

interface ParseRow {
	version: string;
	data: Buffer;
}

/**
 * SQLite's own wait for a lock, per attempt. better-sqlite3 is synchronous: SQLite's busy wait
 * blocks the event loop (a lock held by another process for the whole 5 s froze every request).
 * So SQLite waits only this long, and {@link whileBusy} retries between turns of the loop.
 */
const LOCK_STEP_MS = 10;

/** `attempt()`, retried asynchronously while the database is locked, for up to `totalMs`. */
async function whileBusy<T>(totalMs: number, attempt: () => T): Promise<T> {
	const until = Date.now() + totalMs;
	for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
		try {
			return attempt();
		} catch (error) {
			const code = String((error as { code?: unknown })?.code ?? '');
			const locked = code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
			if (!locked || Date.now() + wait > until) throw error;
		}
		await new Promise((done) => setTimeout(done, wait));
	}
}

function connect(opened: Opened, writable: boolean): Connection {
	const { db } = opened;
	db.pragma(`busy_timeout = ${LOCK_STEP_MS}`);
	return {
		...opened,
		insert: writable
			? db.prepare(
					'INSERT OR IGNORE INTO articles (id, text, title, source_url, created_at) VALUES (?, ?, ?, ?, ?)'
				)
			: null,
		select: db.prepare<[string], Row>('SELECT * FROM articles WHERE id = ?'),
		count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
		...parseStatements(db, writable),
		maintenance: writable ? maintenanceStatements(db) : null
	};
}

function parseStatements(db: Database.Database, writable: boolean) {
	const exists = db
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'parses'")
		.get();
	if (!exists) return { selectParse: null, upsertParse: null };
	return {
		selectParse: db.prepare<[string], ParseRow>(
			'SELECT version, data FROM parses WHERE text_hash = ?'
		),
		upsertParse: writable
			? db.prepare(
					'INSERT INTO parses (text_hash, version, data) VALUES (?, ?, ?) ' +
						'ON CONFLICT (text_hash) DO UPDATE SET version = excluded.version, data = excluded.data'
				)
			: null
	};
}

/** Open (creating if needed) the store at `path`. Never throws: a broken store reports itself. */
export function openSqliteStore(options: SqliteStoreOptions): ArticleStore {
	const path = resolve(options.path);
	const busy = options.busyTimeoutMs ?? 5000;
	let conn: Connection | null = null;
	let mode: StoreHealth['mode'] = 'read-write';
	let problem: string | null = null;

	try {
		if (options.readOnly) throw new Error('opened read-only by configuration');
		conn = connect(openWritable(path, busy), true);
	} catch (writeError) {
		problem = `cannot open ${path} for writing: ${reason(writeError)}`;
		try {
			conn = connect(openReadOnly(path, busy), false);
			mode = 'read-only';
			if (conn.note) problem += `; ${conn.note}`;
		} catch (readError) {
			problem += `; cannot read it either: ${reason(readError)}`;
			mode = 'unavailable';
		}
	}

	const unavailable = () =>
		new StoreError('unavailable', `The article store is unavailable (${problem}).`);

	/** Whether the file at the path is still the one `conn` has open (unknown counts as yes). */
	const stillThere = (c: Connection): boolean => {
		if (!c.identity) return true;
		try {
			return sameFile(fileAt(path), c.identity);
		} catch {
			return true; // cannot stat (e.g. permissions): no evidence the file changed
		}
	};

	/** Swap to a fresh connection to the path, in the current mode; throws when it cannot. */
	const reopen = (): Connection => {
		const next = connect(
			mode === 'read-write' ? openWritable(path, busy) : openReadOnly(path, busy),
			mode === 'read-write'
		);
		conn?.db.close();
		conn = next;
		return next;
	};

	/** The connection for a read: follows a replaced file, keeps reading a deleted one. */
	const forRead = (): Connection => {
		if (!conn) throw unavailable();
		if (stillThere(conn)) return conn;
		try {
			return fileAt(path) ? reopen() : conn;
		} catch {
			return conn;
		}
	};

	/** The connection for a write: the file at the path, recreated when it was deleted. */
	const forWrite = (): Connection => {
		if (!conn) throw unavailable();
		if (!conn.insert) {
			throw new StoreError('read-only', `The article store is read-only (${problem}).`);
		}
		if (stillThere(conn)) return conn;
		try {
			return reopen();
		} catch (error) {
			throw new StoreError(
				'unavailable',
				`The article store file ${path} was deleted or replaced and cannot be reopened (${reason(error)}).`,
				{ cause: error }
			);
		}
	};

	return {
		async put(article: ArticleInput): Promise<string> {
			const id = articleId(article, options.idSecret ?? null);
			// Write, then check the file written is still the one at the path: a deletion between
			// the first check and the commit is caught before the write is acknowledged.
			for (let attempt = 0; ; attempt++) {
				const c = forWrite();
				let existing: Row | undefined;
				try {
					const { changes } = await whileBusy(busy, () =>
						c.insert!.run(
							id,
							article.text,
							article.title,
							article.sourceUrl,
							new Date().toISOString()
						)
					);
					if (changes === 0) existing = await whileBusy(busy, () => c.select.get(id));
				} catch (error) {
					throw storeError(error, 'write');
				}
				// Already stored: fine if it is this article (a 96-bit collision is not, however unlikely).
				if (existing && !same(existing, article)) {
					throw new StoreError('unavailable', `Article id ${id} is taken by another article.`);
				}
				if (stillThere(c)) return id;
				if (attempt > 0) {
					throw new StoreError('unavailable', `The article store file ${path} keeps changing.`);
				}
			}
		},

		async get(id: string): Promise<StoredArticle | null> {
			const c = forRead();
			let row: Row | undefined;
			try {
				row = await whileBusy(busy, () => c.select.get(id));
			} catch (error) {
				throw storeError(error, 'read');
			}
			if (!row) return null;
			if (options.trackReads && c.maintenance) noteRead(c.maintenance, id);
			return {
				id: row.id,
				text: row.text,
				title: row.title,
				sourceUrl: row.source_url,
				createdAt: row.created_at
			};
		},

		async getParse(textHash: string): Promise<StoredParse | null> {
			const c = forRead();
			let row: ParseRow | undefined;
			try {
				row = await whileBusy(busy, () => c.selectParse?.get(textHash));
			} catch (error) {
				throw storeError(error, 'read');
			}
			return row ? { version: row.version, data: new Uint8Array(row.data) } : null;
		},

		async putParse(textHash: string, parse: StoredParse): Promise<void> {
			const c = forWrite();
			try {
				await whileBusy(busy, () => c.upsertParse?.run(textHash, parse.version, parse.data));
			} catch (error) {
				throw storeError(error, 'write');
			}
		},

		async chargeQuota(client, day, bytes, limit) {
			const c = forWrite();
			if (!c.maintenance) return true;
			try {
				return await whileBusy(busy, () => c.maintenance!.quota(client, day, bytes, limit));
			} catch (error) {
				throw storeError(error, 'write');
			}
		},

		async expireUnread(before) {
			const c = forWrite();
			if (!c.maintenance) return 0;
			try {
				return await whileBusy(busy, () => c.maintenance!.expire(before));
			} catch (error) {
				throw storeError(error, 'write');
			}
		},

		async health(): Promise<StoreHealth> {
			let articles: number | null = null;
			let now = problem;
			try {
				const c = conn && forRead();
				articles = c ? (c.count.get()?.n ?? 0) : null;
				if (c && !stillThere(c)) {
					now = `${path} was deleted; reads come from the deleted file until a write recreates it`;
				}
			} catch (error) {
				now = reason(error);
			}
			return {
				ok: mode === 'read-write' && now === problem && problem === null,
				mode,
				location: path,
				articles,
				problem: now
			};
		},

		close() {
			if (conn?.db.open) conn.db.close();
		}
	};
}

/** Note that article `id` was read today (one write a day at most; failures only logged). */
function noteRead(maintenance: Maintenance, id: string): void {
	const now = new Date().toISOString();
	try {
		maintenance.markRead.run(now, id, now.slice(0, 10));
	} catch (error) {
		console.warn(`article store: cannot note that ${id} was read: ${reason(error)}`);
	}
}

/** A typed error for a SQLite failure, by its result code. */
function storeError(error: unknown, action: 'read' | 'write'): StoreError {
	const code = (error as { code?: unknown })?.code;
	const text = typeof code === 'string' ? code : '';
	if (text.startsWith('SQLITE_READONLY') || text.startsWith('SQLITE_CANTOPEN')) {
		return new StoreError('read-only', `The article store cannot be written (${reason(error)}).`, {
			cause: error
		});
	}
	if (text.startsWith('SQLITE_BUSY') || text.startsWith('SQLITE_LOCKED')) {
		return new StoreError('busy', 'The article store is busy; try again in a moment.', {
			cause: error
		});
	}
	if (text.startsWith('SQLITE_FULL')) {
		return new StoreError('full', 'The article store is full.', { cause: error });
	}
	return new StoreError(
		'unavailable',
		`Could not ${action} the article store (${reason(error)}).`,
		{ cause: error }
	);
}

function same(row: Row, article: ArticleInput): boolean {
	return (
		row.text === article.text && row.title === article.title && row.source_url === article.sourceUrl
	);
}
