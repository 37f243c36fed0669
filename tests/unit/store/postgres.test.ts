/**
 * What only the PostgreSQL store does (the shared contract is in sqlite.test.ts): versioned
 * migrations applied once when several servers start at once, a schema from a newer version
 * refused, an unreachable database reported and retried, the id secret kept in the database, and
 * the rate and work limits' buckets shared by every server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, createPool } from '$lib/server/store/index';
import { migrate, SCHEMA_VERSION } from '$lib/server/store/pg-schema';
import { openPostgresStore } from '$lib/server/store/postgres';
import { createPostgresBuckets } from '$lib/server/security/bucket-store-pg';
import { createRateLimiter } from '$lib/server/security/rate-limit';
import { createWorkLimiter } from '$lib/server/security/work-limit';
import { freePort } from '../../bench/server';
import { startPostgres, type TestPostgres } from '../../scale/postgres';
import type pg from 'pg';

const article = { text: 'Rockets hit Camp Taji, north of Baghdad.', title: null, sourceUrl: null };

let postgres: TestPostgres;
const pools: pg.Pool[] = [];
/** A pool on a fresh database `name` (or the one made before). */
async function database(name: string, fresh = true): Promise<string> {
	return fresh ? postgres.createDatabase(name) : new URL(`/${name}`, postgres.url).toString();
}
function poolOn(url: string): pg.Pool {
	const pool = createPool(url);
	pools.push(pool);
	return pool;
}

beforeAll(async () => {
	postgres = await startPostgres();
}, 120_000);
afterAll(async () => {
	await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
	await postgres?.stop();
});

describe('PostgreSQL schema', () => {
	it('migrates once when several servers start at once, and is idempotent after', async () => {
		const url = await database('migrate_race');
		const found = await Promise.all([1, 2, 3, 4].map(() => migrate(poolOn(url))));
		// One server found an empty database; the others waited on the lock, then found it done.
		expect(found.sort()).toEqual([0, SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION]);
		const pool = poolOn(url);
		const { rows } = await pool.query<{ version: number }>(
			'SELECT version FROM schema_migrations ORDER BY version'
		);
		expect(rows.map((row) => row.version)).toEqual(
			Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1)
		);
		expect(await migrate(pool)).toBe(SCHEMA_VERSION);
	});

	it('refuses a database written by a newer version, naming it', async () => {
		const url = await database('newer_schema');
		const pool = poolOn(url);
		await migrate(pool);
		await pool.query('INSERT INTO schema_migrations (version) VALUES ($1)', [SCHEMA_VERSION + 1]);
		const store = openPostgresStore({ pool: poolOn(url), location: 'test' });
		await expect(store.get('AAAAAAAAAAAAAAAA')).rejects.toMatchObject({ code: 'unavailable' });
		expect(await store.health()).toMatchObject({
			ok: false,
			mode: 'unavailable',
			problem: expect.stringMatching(/newer version/)
		});
	});

	it('reports an unreachable database as unavailable, typed, and reconnects when it answers', async () => {
		const port = await freePort();
		const store = openPostgresStore({
			pool: poolOn(`postgres://postgres@127.0.0.1:${port}/postgres`),
			location: 'nowhere'
		});
		await expect(store.put(article)).rejects.toMatchObject({ code: 'unavailable' });
		expect(await store.health()).toMatchObject({ ok: false, mode: 'unavailable', articles: null });
		const late = await startPostgres({ port });
		try {
			expect(articleId(article)).not.toBe(await store.put(article)); // keyed by the stored secret
			expect(await store.health()).toMatchObject({ ok: true, articles: 1 });
		} finally {
			store.close();
			await late.stop();
		}
	}, 120_000);

	it('keeps one id secret in the database for every server', async () => {
		const url = await database('secret');
		const [a, b] = [1, 2].map(() => openPostgresStore({ pool: poolOn(url), location: 'test' }));
		const [idA, idB] = await Promise.all([a!.put(article), b!.put(article)]);
		expect(idA).toBe(idB);
		const { rows } = await poolOn(url).query<{ value: string }>(
			"SELECT value FROM settings WHERE name = 'id_secret'"
		);
		expect(rows).toHaveLength(1);
		expect(idA).toBe(articleId(article, rows[0]!.value));
	});
});

describe('rate and work limits shared in PostgreSQL', () => {
	it('holds one bucket per client across servers, refilling with time', async () => {
		const url = await database('buckets');
		await migrate(poolOn(url));
		const spec = { capacity: 5, refillPerSecond: 1 };
		const [a, b] = [1, 2].map(() =>
			createRateLimiter(spec, createPostgresBuckets(poolOn(url), 10), 'write')
		);
		// 20 requests at once, half through each server: exactly the burst of 5 is let in.
		const decisions = await Promise.all(
			Array.from({ length: 20 }, (_, i) => (i % 2 ? a! : b!).take('10.0.0.1', 1000))
		);
		expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
		expect(await b!.take('10.0.0.1', 1000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect((await b!.take('10.0.0.2', 1000)).allowed).toBe(true); // another client
		expect((await a!.take('10.0.0.1', 2000)).allowed).toBe(true); // one token a second
		expect((await b!.take('10.0.0.1', 2000)).allowed).toBe(false);
		expect((await b!.take('10.0.0.1', 500)).allowed).toBe(false); // a clock behind mints nothing
	});

	it('charges work on one server and refuses it on the other, with the debt capped', async () => {
		const url = await database('work_buckets');
		await migrate(poolOn(url));
		const spec = { capacity: 1000, refillPerSecond: 100 };
		const [a, b] = [1, 2].map(() =>
			createWorkLimiter(spec, createPostgresBuckets(poolOn(url), 10))
		);
		expect((await a!.check('c', 0)).allowed).toBe(true);
		await a!.charge('c', 1e9, 0);
		expect(await b!.balance('c', 0)).toBe(-1000);
		expect(await b!.check('c', 0)).toEqual({ allowed: false, retryAfterSeconds: 11 });
		expect((await b!.check('c', 20_000)).allowed).toBe(true);
	});

	it('falls back to this server’s memory while the database does not answer', async () => {
		const port = await freePort();
		const buckets = createPostgresBuckets(poolOn(`postgres://postgres@127.0.0.1:${port}/x`), 10);
		const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.01 }, buckets, 'write');
		expect((await limiter.take('d', 0)).allowed).toBe(true);
		expect((await limiter.take('d', 0)).allowed).toBe(false);
	});
});
