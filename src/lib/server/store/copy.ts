/**
 * Moving an SQLite article store into PostgreSQL (`npm run db:copy`, src/cli/db-copy.ts): every
 * article (with its creation and last-read times), every cached parse and the quotas, in batches,
 * each row inserted unless it is there already, so the copy can run again (after new articles
 * arrived, or after an interruption) and only adds what is missing. The id secret comes along
 * (`<db>.secret`, or `ARTICLE_ID_SECRET`): stored as the database's secret when it has none yet,
 * so storing a known article again through PostgreSQL finds its old id.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import type pg from 'pg';
import { migrate, storedIdSecret } from './pg-schema';

export interface CopyReport {
	articles: number;
	parses: number;
	quotas: number;
	/** The secret the database keys ids with differs from the SQLite store's (see the README). */
	secretMismatch: boolean;
}

const BATCH = 200;

/** Copy the SQLite store at `file` into the database of `pool` (migrated first). */
export async function copySqliteToPostgres(
	file: string,
	pool: pg.Pool,
	env: NodeJS.ProcessEnv = process.env
): Promise<CopyReport> {
	if (!existsSync(file)) throw new Error(`There is no SQLite store at ${file}.`);
	const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
	try {
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version < 1) throw new Error(`${file} is not an article store.`);
		await migrate(pool);
		const secret = env.ARTICLE_ID_SECRET?.trim() || readSecret(`${file}.secret`);
		const kept = secret ? await storedIdSecret(pool, secret) : null;
		const hasTable = (name: string) =>
			Boolean(
				db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)
			);
		const readAt = version >= 3 ? 'read_at' : 'NULL AS read_at';
		return {
			articles: await copyRows(
				pool,
				db.prepare(`SELECT id, text, title, source_url, created_at, ${readAt} FROM articles`),
				'articles (id, text, title, source_url, created_at, read_at)',
				'ON CONFLICT (id) DO NOTHING'
			),
			parses: hasTable('parses')
				? await copyRows(
						pool,
						db.prepare('SELECT text_hash, version, data FROM parses'),
						'parses (text_hash, version, data)',
						'ON CONFLICT (text_hash) DO NOTHING'
					)
				: 0,
			quotas: hasTable('quotas')
				? await copyRows(
						pool,
						db.prepare('SELECT client, day, bytes FROM quotas'),
						'quotas AS q (client, day, bytes)',
						'ON CONFLICT (client, day) DO UPDATE SET bytes = greatest(q.bytes, excluded.bytes)'
					)
				: 0,
			secretMismatch: secret !== null && kept !== secret
		};
	} finally {
		db.close();
	}
}

function readSecret(path: string): string | null {
	try {
		return readFileSync(path, 'utf8').trim() || null;
	} catch {
		return null;
	}
}

/** Insert every row `select` yields into `into`, `BATCH` rows a statement; returns rows read. */
async function copyRows(
	pool: pg.Pool,
	select: Database.Statement,
	into: string,
	conflict: string
): Promise<number> {
	let count = 0;
	let batch: unknown[][] = [];
	const flush = async () => {
		if (batch.length === 0) return;
		const width = batch[0]!.length;
		const rows = batch.map(
			(_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`
		);
		await pool.query(`INSERT INTO ${into} VALUES ${rows.join(', ')} ${conflict}`, batch.flat());
		batch = [];
	};
	for (const row of select.raw().iterate() as IterableIterator<unknown[]>) {
		batch.push(row);
		count++;
		if (batch.length === BATCH) await flush();
	}
	await flush();
	return count;
}
