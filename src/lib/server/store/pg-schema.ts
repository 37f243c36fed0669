/**
 * The PostgreSQL schema, versioned: each migration brings the database from version `i` to
 * `i + 1` and is recorded in `schema_migrations`. Every server runs `migrate` when it starts;
 * the migrations run in one transaction holding an advisory lock, so two servers starting at
 * once apply them once (the second waits, then finds nothing to do), and a failure leaves the
 * database as it was.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/** Key of the advisory lock taken while migrating (any constant shared by every server). */
const MIGRATION_LOCK = 2_026_120_720;

const MIGRATIONS: readonly string[] = [
	// 1: articles, the parse cache, per-client daily quotas and store settings (the id secret).
	`CREATE TABLE articles (
		id text PRIMARY KEY,
		text text NOT NULL,
		title text,
		source_url text,
		created_at timestamptz NOT NULL DEFAULT now(),
		read_at timestamptz
	);
	CREATE TABLE parses (
		text_hash text PRIMARY KEY,
		version text NOT NULL,
		data bytea NOT NULL
	);
	CREATE TABLE quotas (
		client text NOT NULL,
		day date NOT NULL,
		bytes bigint NOT NULL,
		PRIMARY KEY (client, day)
	);
	CREATE TABLE settings (
		name text PRIMARY KEY,
		value text NOT NULL
	);`,
	// 2: token buckets of the rate and work limits, shared by every server (security/bucket-store-pg.ts).
	`CREATE TABLE buckets (
		kind text NOT NULL,
		client text NOT NULL,
		units double precision NOT NULL,
		at bigint NOT NULL,
		allowed boolean NOT NULL,
		PRIMARY KEY (kind, client)
	);
	CREATE INDEX buckets_kind_at ON buckets (kind, at);`
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Bring the database up to {@link SCHEMA_VERSION}; returns the version it was at. */
export async function migrate(pool: pg.Pool): Promise<number> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(
			'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'
		);
		const found = await schemaVersion(client);
		if (found > SCHEMA_VERSION) {
			throw new Error(`the database was written by a newer version (schema ${found})`);
		}
		for (let version = found; version < SCHEMA_VERSION; version++) {
			await client.query(MIGRATIONS[version]!);
			await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
		}
		await client.query('COMMIT');
		return found;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}

/** The schema version of the database (0 when it has none). */
export async function schemaVersion(client: pg.ClientBase | pg.Pool): Promise<number> {
	const exists = await client.query<{ found: boolean }>(
		"SELECT to_regclass('schema_migrations') IS NOT NULL AS found"
	);
	if (!exists.rows[0]?.found) return 0;
	const { rows } = await client.query<{ v: number | null }>(
		'SELECT max(version) AS v FROM schema_migrations'
	);
	return rows[0]?.v ?? 0;
}

/**
 * The id secret kept in the database (`settings.id_secret`): made by the first server to ask,
 * read by every other one, so all servers of one database make the same ids without sharing a
 * file. `ARTICLE_ID_SECRET`, when set, takes precedence (see index.ts). With `proposed` set
 * (e.g. copied from an SQLite store's `<db>.secret`), that is the one kept if none is yet.
 */
export async function storedIdSecret(pool: pg.Pool, proposed?: string): Promise<string> {
	const made = proposed ?? randomBytes(32).toString('base64url');
	await pool.query(
		"INSERT INTO settings (name, value) VALUES ('id_secret', $1) ON CONFLICT (name) DO NOTHING",
		[made]
	);
	const { rows } = await pool.query<{ value: string }>(
		"SELECT value FROM settings WHERE name = 'id_secret'"
	);
	return rows[0]!.value;
}
