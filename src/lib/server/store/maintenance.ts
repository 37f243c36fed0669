/**
 * Backup and restore of the SQLite article store, safe while the app runs (`npm run db:backup`,
 * `npm run db:restore`, src/cli/db.ts).
 *
 * Copying or replacing the file under a running server is not: a copy may catch a write half
 * way, and a server keeps writing into the file it opened, so a replacement is overwritten or
 * orphaned. Backup uses SQLite's online backup API (a consistent snapshot while others write).
 * Restore refuses while a server holds the database: every server marks the database it opened
 * with a file `<db>.server-<pid>` (removed on a clean exit; a mark whose process is gone is stale
 * and ignored), and restore copies the backup in through the backup API too, after checking it.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SCHEMA_VERSION } from './open';

/** Mark `dbPath` as held by this process until it exits; returns the function that unmarks. */
export function holdDatabase(dbPath: string): () => void {
	const mark = `${dbPath}.server-${process.pid}`;
	try {
		writeFileSync(mark, `${process.pid}\n`);
	} catch {
		return () => {}; // a read-only folder: nobody can restore into it either
	}
	const release = () => rmSync(mark, { force: true });
	process.once('exit', release);
	return release;
}

/** Process ids of the live servers holding `dbPath`. */
export function serversHolding(dbPath: string): number[] {
	const prefix = `${basename(dbPath)}.server-`;
	let names: string[];
	try {
		names = readdirSync(dirname(dbPath));
	} catch {
		return [];
	}
	return names
		.filter((name) => name.startsWith(prefix))
		.map((name) => Number(name.slice(prefix.length)))
		.filter((pid) => Number.isSafeInteger(pid) && pid > 0 && alive(pid));
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Copy the database at `dbPath` to `file` with the online backup API. */
export async function backupDatabase(dbPath: string, file: string): Promise<{ articles: number }> {
	if (!existsSync(dbPath)) throw new Error(`There is no database at ${dbPath}.`);
	if (existsSync(file)) throw new Error(`${file} exists; choose a new file for the backup.`);
	const db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: 5000 });
	try {
		await db.backup(file);
	} finally {
		db.close();
	}
	return { articles: checkBackup(file).articles };
}

/** What a backup holds; throws with the reason when it is not a usable article database. */
function checkBackup(file: string): { articles: number } {
	if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
	let db: Database.Database;
	try {
		db = new Database(file, { readonly: true, fileMustExist: true });
	} catch (error) {
		throw new Error(`${file} is not an SQLite database (${String(error)}).`);
	}
	try {
		let check: unknown;
		try {
			check = db.pragma('quick_check', { simple: true });
		} catch (error) {
			throw new Error(`${file} is not an SQLite database (${String(error)}).`);
		}
		if (check !== 'ok') throw new Error(`${file} is damaged (quick_check: ${String(check)}).`);
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version < 1 || version > SCHEMA_VERSION) {
			throw new Error(`${file} is not an article database this version can read.`);
		}
		const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
		return { articles: n };
	} finally {
		db.close();
	}
}

/** Replace the database at `dbPath` with the backup `file`; refuses while a server holds it. */
export async function restoreDatabase(dbPath: string, file: string): Promise<{ articles: number }> {
	const holders = serversHolding(dbPath);
	if (holders.length > 0) {
		throw new Error(
			`A server (process ${holders.join(', ')}) has ${dbPath} open; stop it, then restore. ` +
				`Replacing the file under a running server loses the restored articles.`
		);
	}
	const { articles } = checkBackup(file);
	const source = new Database(file, { readonly: true, fileMustExist: true });
	try {
		// Into the path through SQLite, so a -wal or -shm left beside it cannot mix with the copy.
		await source.backup(dbPath);
	} finally {
		source.close();
	}
	const restored = new Database(dbPath);
	try {
		restored.pragma('journal_mode = WAL');
	} finally {
		restored.close();
	}
	return { articles };
}

/**
 * Why the database at `dbPath` must not be served, or null: SQLite's `quick_check` at start, so a
 * file damaged mid-way is refused with the fix instead of taking writes and failing reads later.
 * A missing file is fine (it is created); one that cannot be opened is the store's to report.
 */
export function integrityProblem(dbPath: string): string | null {
	if (!existsSync(dbPath)) return null;
	let db: Database.Database;
	try {
		db = new Database(dbPath, { readonly: true, fileMustExist: true, timeout: 5000 });
	} catch {
		return null;
	}
	try {
		const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
		const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
		return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
	} catch (error) {
		const code = String((error as { code?: unknown }).code ?? '');
		// Busy, unopenable or read-only (a WAL store in a folder the server may not write: its
		// -shm cannot be made): not known to be damaged; the store opens read-only as before.
		if (/^SQLITE_(BUSY|CANTOPEN|READONLY)/.test(code)) return null;
		return error instanceof Error ? error.message : String(error);
	} finally {
		db.close();
	}
}
