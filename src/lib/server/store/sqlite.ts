/**
 * SQLite implementation of the article store (better-sqlite3, one file, WAL mode).
 *
 * WAL lets readers (page loads) run while a writer stores an article, and survives crashes and
 * restarts. When the file or its folder cannot be written the store still opens read-only, so
 * existing links keep working while new ones fail with a `StoreError('read-only')`.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ArticleInput } from '$lib/article-input/validate';
import { articleId } from './id';
import { StoreError, type ArticleStore, type StoreHealth, type StoredArticle } from './types';

/** Schema version in `PRAGMA user_version`; bump with a migration when the table changes. */
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
	id TEXT PRIMARY KEY,
	text TEXT NOT NULL,
	title TEXT,
	source_url TEXT,
	created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;

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
}

/** Open (creating if needed) the store at `path`. Never throws: a broken store reports itself. */
export function openSqliteStore(options: SqliteStoreOptions): ArticleStore {
	const path = resolve(options.path);
	const busy = options.busyTimeoutMs ?? 5000;
	let db: Database.Database | null = null;
	let mode: StoreHealth['mode'] = 'read-write';
	let problem: string | null = null;

	try {
		if (options.readOnly) throw new Error('opened read-only by configuration');
		db = openWritable(path, busy);
	} catch (writeError) {
		problem = `cannot open ${path} for writing: ${reason(writeError)}`;
		try {
			db = openReadOnly(path, busy);
			mode = 'read-only';
		} catch (readError) {
			problem += `; cannot read it either: ${reason(readError)}`;
			mode = 'unavailable';
		}
	}

	const statements = db && {
		insert:
			mode === 'read-write'
				? db.prepare(
						'INSERT OR IGNORE INTO articles (id, text, title, source_url, created_at) VALUES (?, ?, ?, ?, ?)'
					)
				: null,
		select: db.prepare<[string], Row>('SELECT * FROM articles WHERE id = ?'),
		count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles')
	};

	const unavailable = () =>
		new StoreError('unavailable', `The article store is unavailable (${problem}).`);

	return {
		async put(article: ArticleInput): Promise<string> {
			if (!statements) throw unavailable();
			if (!statements.insert) {
				throw new StoreError('read-only', `The article store is read-only (${problem}).`);
			}
			const id = articleId(article);
			let existing: Row | undefined;
			try {
				const { changes } = statements.insert.run(
					id,
					article.text,
					article.title,
					article.sourceUrl,
					new Date().toISOString()
				);
				if (changes === 0) existing = statements.select.get(id);
			} catch (error) {
				throw storeError(error, 'write');
			}
			// Already stored: fine if it is this article (a 96-bit collision is not, however unlikely).
			if (existing && !same(existing, article)) {
				throw new StoreError('unavailable', `Article id ${id} is taken by another article.`);
			}
			return id;
		},

		async get(id: string): Promise<StoredArticle | null> {
			if (!statements) throw unavailable();
			let row: Row | undefined;
			try {
				row = statements.select.get(id);
			} catch (error) {
				throw storeError(error, 'read');
			}
			if (!row) return null;
			return {
				id: row.id,
				text: row.text,
				title: row.title,
				sourceUrl: row.source_url,
				createdAt: row.created_at
			};
		},

		async health(): Promise<StoreHealth> {
			let articles: number | null = null;
			let now = problem;
			try {
				articles = statements ? (statements.count.get()?.n ?? 0) : null;
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
			if (db?.open) db.close();
		}
	};
}

function openWritable(path: string, busy: number): Database.Database {
	mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path, { timeout: busy });
	try {
		// WAL: readers never block the writer; NORMAL sync is durable across app crashes in WAL.
		const journal = db.pragma('journal_mode = WAL', { simple: true });
		if (journal !== 'wal') throw new Error(`journal mode is ${String(journal)}, not wal`);
		db.pragma('synchronous = NORMAL');
		migrate(db);
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}

function openReadOnly(path: string, busy: number): Database.Database {
	if (!existsSync(path)) throw new Error('the file does not exist');
	const db = new Database(path, { readonly: true, fileMustExist: true, timeout: busy });
	try {
		const version = db.pragma('user_version', { simple: true });
		if (version !== SCHEMA_VERSION) throw new Error(`unknown schema version ${String(version)}`);
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}

function migrate(db: Database.Database): void {
	const version = db.pragma('user_version', { simple: true }) as number;
	if (version > SCHEMA_VERSION) {
		throw new Error(`the database was written by a newer version (schema ${version})`);
	}
	if (version < SCHEMA_VERSION) {
		db.transaction(() => {
			db.exec(SCHEMA);
			db.pragma(`user_version = ${SCHEMA_VERSION}`);
		})();
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

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
