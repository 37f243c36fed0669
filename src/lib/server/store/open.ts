/**
 * Opening the SQLite file: read-write in WAL mode (creating file, folder and schema), or read-only
 * when that fails, and the identity (device + inode) of the file that was opened, so the store can
 * notice when the file at its path is deleted or replaced while it runs.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Schema version in `PRAGMA user_version`; bump with a migration when the table changes. */
export const SCHEMA_VERSION = 3;

/** The statements that bring a database from version `i` to `i + 1`, in order. */
const MIGRATIONS = [
	`CREATE TABLE IF NOT EXISTS articles (
		id TEXT PRIMARY KEY,
		text TEXT NOT NULL,
		title TEXT,
		source_url TEXT,
		created_at TEXT NOT NULL
	) STRICT, WITHOUT ROWID;`,
	// The parse cache: one row per distinct article text, replaced when the parser changes.
	`CREATE TABLE IF NOT EXISTS parses (
		text_hash TEXT PRIMARY KEY,
		version TEXT NOT NULL,
		data BLOB NOT NULL
	) STRICT;`,
	// Per-client daily storage quotas, and when an article was last read (for expiry).
	`CREATE TABLE IF NOT EXISTS quotas (
		client TEXT NOT NULL,
		day TEXT NOT NULL,
		bytes INTEGER NOT NULL,
		PRIMARY KEY (client, day)
	) STRICT, WITHOUT ROWID;
	ALTER TABLE articles ADD COLUMN read_at TEXT;`
];

/**
 * Largest file read into memory when a WAL database cannot be opened read-only in place (see
 * `openReadOnly`); larger ones are reported unavailable rather than exhausting the server's memory.
 */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/** Which file a connection has open: a path can later name another file, or none. */
export interface FileIdentity {
	dev: number;
	ino: number;
}

/** The identity of the file now at `path`; null when there is none. Other stat errors throw. */
export function fileAt(path: string): FileIdentity | null {
	try {
		const { dev, ino } = statSync(path);
		return { dev, ino };
	} catch (error) {
		// ENOTDIR: a file now stands where a folder on the path was, so there is no database.
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return null;
		throw error;
	}
}

export function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
	return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

export interface Opened {
	db: Database.Database;
	/** The file opened; null for an in-memory snapshot (nothing on disk to follow). */
	identity: FileIdentity | null;
	/** Set when the connection is a degraded one worth reporting (e.g. a snapshot). */
	note: string | null;
}

export function openWritable(path: string, busy: number): Opened {
	mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path, { timeout: busy });
	try {
		// WAL: readers never block the writer; NORMAL sync is durable across app crashes in WAL.
		const journal = db.pragma('journal_mode = WAL', { simple: true });
		if (journal !== 'wal') throw new Error(`journal mode is ${String(journal)}, not wal`);
		db.pragma('synchronous = NORMAL');
		migrate(db);
		// Stat after SQLite opened (or created) the file: this is the inode it writes to.
		return { db, identity: fileAt(path), note: null };
	} catch (error) {
		db.close();
		throw error;
	}
}

/**
 * Open read-only. A WAL database needs its `-shm` index even to read; when the folder cannot be
 * written and no `-shm` exists, SQLite refuses (SQLITE_READONLY_DIRECTORY). This build of
 * better-sqlite3 has URI filenames off (SQLITE_USE_URI=0), so `?immutable=1` is not available;
 * instead the file is read into memory as a snapshot (its WAL header bytes set to rollback mode,
 * since an in-memory database cannot use WAL), like `immutable=1` would read it: the snapshot does
 * not see later changes and ignores an un-checkpointed `-wal` file (a clean close leaves none; a
 * crashed writer leaves -wal and -shm, and then the in-place open above works). The file is not
 * switched out of WAL on close: in rollback mode an outside writer's lock would block every reader.
 */
export function openReadOnly(path: string, busy: number): Opened {
	if (!existsSync(path)) throw new Error('the file does not exist');
	const identity = fileAt(path);
	try {
		return {
			db: checked(new Database(path, { readonly: true, fileMustExist: true, timeout: busy })),
			identity,
			note: null
		};
	} catch (error) {
		if ((error as { code?: unknown }).code !== 'SQLITE_READONLY_DIRECTORY') throw error;
		return {
			db: openSnapshot(path),
			identity: null,
			note: `${reason(error)}; serving a snapshot read into memory at ${new Date().toISOString()}`
		};
	}
}

function openSnapshot(path: string): Database.Database {
	const bytes = readFileSync(path);
	if (bytes.length > MAX_SNAPSHOT_BYTES) {
		throw new Error(`the file is too large to read into memory (${bytes.length} bytes)`);
	}
	// Header bytes 18/19: file format read/write versions, 2 = WAL, 1 = rollback journal.
	if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
	return checked(new Database(bytes, { readonly: true }));
}

function checked(db: Database.Database): Database.Database {
	try {
		const version = db.pragma('user_version', { simple: true });
		// Older schemas read fine (every version only adds tables); newer ones are unknown.
		if (typeof version !== 'number' || version < 1 || version > SCHEMA_VERSION) {
			throw new Error(`unknown schema version ${String(version)}`);
		}
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
			for (const statement of MIGRATIONS.slice(version)) db.exec(statement);
			db.pragma(`user_version = ${SCHEMA_VERSION}`);
		})();
	}
}

export function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
