/**
 * The article store's contract, run against both implementations: SQLite (the default) and
 * PostgreSQL (a real server started by tests/scale/postgres.ts), then what only one of them does.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	articleId,
	createPool,
	openSqliteStore,
	StoreError,
	type ArticleStore
} from '$lib/server/store/index';
import { openPostgresStore } from '$lib/server/store/postgres';
import { isArticleId } from '$lib/share/links';
import { startPostgres, type TestPostgres } from '../../scale/postgres';

const article = {
	text: 'Rockets hit Camp Taji, north of Baghdad.',
	title: 'Camp Taji',
	sourceUrl: 'https://example.org/taji'
};
const asRoot = process.getuid?.() === 0;

let dir: string;
const open: ArticleStore[] = [];
const openStore = (path: string) => {
	const store = openSqliteStore({ path, busyTimeoutMs: 200 });
	open.push(store);
	return store;
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'article-store-'));
});
afterEach(() => {
	for (const store of open.splice(0)) store.close();
	chmodSync(dir, 0o755);
	rmSync(dir, { recursive: true, force: true });
});

/** One implementation under test: opens stores on one fresh, shared location per test. */
interface Backend {
	name: string;
	/** A store on this test's location (several calls: several servers on one database). */
	open(options?: {
		idSecret?: string | null;
		trackReads?: boolean;
		readOnly?: boolean;
	}): ArticleStore;
	/** Run SQL on the location directly (to age rows). */
	sql(statement: string): Promise<void>;
}

let postgres: TestPostgres;
let postgresUrl: string;
beforeAll(async () => {
	postgres = await startPostgres();
	postgresUrl = await postgres.createDatabase('store_contract');
}, 120_000);
afterAll(async () => {
	await postgres?.stop();
});

const sqliteBackend: Backend = {
	name: 'SQLite',
	open: (options = {}) => {
		const store = openSqliteStore({
			path: join(dir, 'articles.sqlite'),
			busyTimeoutMs: 200,
			...options
		});
		open.push(store);
		return store;
	},
	async sql(statement) {
		const db = new Database(join(dir, 'articles.sqlite'));
		db.exec(statement);
		db.close();
	}
};

const postgresBackend: Backend = {
	name: 'PostgreSQL',
	open: (options = {}) => {
		const store = openPostgresStore({
			pool: createPool(postgresUrl),
			location: 'test',
			idSecret: null,
			...options
		});
		open.push(store);
		return store;
	},
	async sql(statement) {
		const pool = createPool(postgresUrl);
		await pool.query(statement);
		await pool.end();
	}
};

describe.each([sqliteBackend, postgresBackend])('article store contract: $name', (backend) => {
	beforeEach(async () => {
		if (backend === postgresBackend) {
			// Migrate (a store's first call), then start every test from empty tables.
			await backend.open().health();
			await backend.sql('TRUNCATE articles, parses, quotas, settings, buckets');
		}
	});

	it('stores and reads an article under a content-addressed id, idempotently', async () => {
		const store = backend.open();
		const id = await store.put(article);
		expect(isArticleId(id)).toBe(true);
		expect(id).toBe(articleId(article));
		expect(await store.put(article)).toBe(id);
		expect(await store.put({ ...article, title: 'Other' })).not.toBe(id);
		const stored = await store.get(id);
		expect(stored).toMatchObject({ id, ...article });
		expect(new Date(stored!.createdAt).toISOString()).toBe(stored!.createdAt);
		expect(await store.get('AAAAAAAAAAAAAAAA')).toBeNull();
		expect(await store.health()).toMatchObject({ ok: true, mode: 'read-write', articles: 2 });
	});

	it('keeps articles across a restart, with their first creation time', async () => {
		const first = backend.open();
		const id = await first.put(article);
		const createdAt = (await first.get(id))!.createdAt;
		first.close();
		const second = backend.open();
		await second.put(article);
		expect(await second.get(id)).toMatchObject({ ...article, createdAt });
	});

	it('shares articles between servers, and two storing one article at once agree', async () => {
		const [a, b] = [backend.open(), backend.open()];
		const texts = Array.from({ length: 20 }, (_, i) => ({
			...article,
			text: `Story ${i}, in Mosul.`
		}));
		const ids = await Promise.all(texts.flatMap((t) => [a.put(t), b.put(t)]));
		for (let i = 0; i < texts.length; i++) expect(ids[2 * i]).toBe(ids[2 * i + 1]);
		for (let i = 0; i < texts.length; i++)
			expect(await b.get(ids[2 * i]!)).toMatchObject(texts[i]!);
		expect((await a.health()).articles).toBe(texts.length);
	});

	it('keys ids with the secret', async () => {
		const id = await backend.open({ idSecret: 'server secret' }).put(article);
		expect(id).toBe(articleId(article, 'server secret'));
		expect(id).not.toBe(articleId(article));
	});

	it('can be opened read-only: reads work, writes fail typed', async () => {
		const id = await backend.open().put(article);
		const store = backend.open({ readOnly: true });
		expect(await store.get(id)).toMatchObject(article);
		await expect(store.put({ ...article, text: 'new' })).rejects.toMatchObject({
			code: 'read-only'
		});
		await expect(
			store.putParse('h', { version: 'v', data: new Uint8Array([1]) })
		).rejects.toBeInstanceOf(StoreError);
		expect(await store.health()).toMatchObject({ ok: false, mode: 'read-only', articles: 1 });
	});

	it('keeps one parse per text hash, replaced by a new version, shared by servers', async () => {
		const [a, b] = [backend.open(), backend.open()];
		expect(await a.getParse('hash-1')).toBeNull();
		await a.putParse('hash-1', { version: 'v1', data: new Uint8Array([0, 1, 2, 255]) });
		expect(await b.getParse('hash-1')).toEqual({
			version: 'v1',
			data: new Uint8Array([0, 1, 2, 255])
		});
		await b.putParse('hash-1', { version: 'v2', data: new Uint8Array([7]) });
		expect(await a.getParse('hash-1')).toEqual({ version: 'v2', data: new Uint8Array([7]) });
	});

	it('counts each client’s bytes per day against its quota, atomically across servers', async () => {
		const [a, b] = [backend.open(), backend.open()];
		expect(await a.chargeQuota('10.0.0.1', '2026-12-07', 600, 1000)).toBe(true);
		expect(await b.chargeQuota('10.0.0.1', '2026-12-07', 600, 1000)).toBe(false);
		expect(await b.chargeQuota('10.0.0.1', '2026-12-07', 400, 1000)).toBe(true);
		// Another client, or the next day, starts from zero; a charge over the limit never fits.
		expect(await a.chargeQuota('10.0.0.2', '2026-12-07', 1000, 1000)).toBe(true);
		expect(await a.chargeQuota('10.0.0.1', '2026-12-08', 1000, 1000)).toBe(true);
		expect(await a.chargeQuota('10.0.0.3', '2026-12-07', 1001, 1000)).toBe(false);
		// 40 charges of 100 at once from two servers against 1,000: exactly 10 fit.
		const charges = Array.from({ length: 40 }, (_, i) =>
			(i % 2 ? a : b).chargeQuota('10.0.0.4', '2026-12-07', 100, 1000)
		);
		expect((await Promise.all(charges)).filter(Boolean)).toHaveLength(10);
	});

	it('expires articles neither stored nor read since the cutoff, keeping read ones', async () => {
		const store = backend.open({ trackReads: true });
		const unread = await store.put({ ...article, text: 'Unread, in Mosul.' });
		const read = await store.put({ ...article, text: 'Read, in Basra.' });
		await backend.sql("UPDATE articles SET created_at = '2020-01-01T00:00:00.000Z'");
		await store.get(read); // a read today keeps it
		expect(await store.expireUnread('2026-01-01T00:00:00.000Z')).toBe(1);
		expect(await store.get(unread)).toBeNull();
		expect(await store.get(read)).toMatchObject({ text: 'Read, in Basra.' });
	});
});

describe('SQLite article store', () => {
	it('stores and reads an article under a content-addressed id, creating its folder', async () => {
		const path = join(dir, 'nested', 'deeper', 'articles.sqlite');
		const store = openStore(path);
		const id = await store.put(article);
		expect(isArticleId(id)).toBe(true);
		expect(id).toBe(articleId(article));
		expect(await store.put(article)).toBe(id); // idempotent
		expect(await store.put({ ...article, title: 'Other' })).not.toBe(id);
		expect(await store.get(id)).toMatchObject({ id, ...article });
		expect(await store.get('AAAAAAAAAAAAAAAA')).toBeNull();
		expect(await store.health()).toMatchObject({
			ok: true,
			mode: 'read-write',
			articles: 2,
			location: path
		});
	});

	it('uses WAL and survives a restart', async () => {
		const path = join(dir, 'articles.sqlite');
		const first = openStore(path);
		const id = await first.put(article);
		first.close();
		const raw = new Database(path, { readonly: true });
		expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
		raw.close();
		const second = openStore(path);
		expect(await second.get(id)).toMatchObject(article);
		// Keeps its original creation time when stored again after the restart.
		const before = (await second.get(id))!.createdAt;
		await second.put(article);
		expect((await second.get(id))!.createdAt).toBe(before);
	});

	it('sees writes from another connection (two servers on one file)', async () => {
		const path = join(dir, 'articles.sqlite');
		const a = openStore(path);
		const b = openStore(path);
		const id = await a.put(article);
		expect(await b.get(id)).toMatchObject(article);
	});

	it('ids are 96 bits of SHA-256, base64url, and differ for any change', () => {
		expect(articleId(article)).toMatch(/^[A-Za-z0-9_-]{16}$/);
		expect(articleId({ ...article, text: article.text + ' ' })).not.toBe(articleId(article));
		expect(articleId({ ...article, sourceUrl: null })).not.toBe(articleId(article));
		// Field boundaries matter: moving text between fields changes the id.
		expect(articleId({ text: 'ab', title: 'c', sourceUrl: null })).not.toBe(
			articleId({ text: 'a', title: 'bc', sourceUrl: null })
		);
	});

	it.skipIf(asRoot)(
		'opens read-only when the file cannot be written: reads work, writes fail typed',
		async () => {
			const path = join(dir, 'articles.sqlite');
			const writer = openStore(path);
			const id = await writer.put(article);
			writer.close();
			chmodSync(path, 0o444);
			chmodSync(dir, 0o555);
			const store = openStore(path);
			expect(await store.get(id)).toMatchObject(article);
			const error = await store.put({ ...article, text: 'new' }).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(StoreError);
			expect((error as StoreError).code).toBe('read-only');
			expect(await store.health()).toMatchObject({ ok: false, mode: 'read-only' });
		}
	);

	it('can be opened read-only on purpose, with the same typed write error', async () => {
		const path = join(dir, 'articles.sqlite');
		const id = await openStore(path).put(article);
		const store = openSqliteStore({ path, readOnly: true });
		open.push(store);
		expect(await store.get(id)).toMatchObject(article);
		await expect(store.put({ ...article, text: 'new' })).rejects.toMatchObject({
			code: 'read-only'
		});
		expect(await store.health()).toMatchObject({ ok: false, mode: 'read-only', articles: 1 });
	});

	it('reports itself unavailable when the path cannot be a database, without throwing on open', async () => {
		const blocker = join(dir, 'file');
		writeFileSync(blocker, 'not a folder');
		const store = openStore(join(blocker, 'articles.sqlite'));
		expect(await store.health()).toMatchObject({ ok: false, mode: 'unavailable', articles: null });
		await expect(store.get(articleId(article))).rejects.toMatchObject({ code: 'unavailable' });
		await expect(store.put(article)).rejects.toMatchObject({ code: 'unavailable' });
	});

	it('refuses a file that is not SQLite as unavailable, and does not overwrite it', async () => {
		const path = join(dir, 'articles.sqlite');
		writeFileSync(path, 'x'.repeat(4096));
		const store = openStore(path);
		expect((await store.health()).mode).toBe('unavailable');
		expect(existsSync(path)).toBe(true);
	});

	it('turns a held write lock into a busy error', async () => {
		const path = join(dir, 'articles.sqlite');
		const store = openStore(path);
		const locker = new Database(path);
		locker.exec('BEGIN IMMEDIATE');
		try {
			await expect(store.put(article)).rejects.toMatchObject({ code: 'busy' });
		} finally {
			locker.exec('ROLLBACK');
			locker.close();
		}
		expect(isArticleId(await store.put(article))).toBe(true);
	});

	it('waits for a lock without blocking the event loop (#21 item 4)', async () => {
		const path = join(dir, 'articles.sqlite');
		const store = openSqliteStore({ path, busyTimeoutMs: 3000 });
		open.push(store);
		const locker = new Database(path);
		locker.exec('BEGIN IMMEDIATE');
		// Only a turning event loop runs this timer: SQLite's own busy wait (the old 5 s) would
		// have held the loop until the wait ran out, and the write failed "busy".
		const release = setTimeout(() => locker.exec('ROLLBACK'), 150);
		let ticks = 0;
		const ticker = setInterval(() => ticks++, 10);
		try {
			expect(isArticleId(await store.put(article))).toBe(true);
			expect(await store.get(articleId(article))).toMatchObject({ text: article.text });
			expect(ticks).toBeGreaterThan(5);
		} finally {
			clearTimeout(release);
			clearInterval(ticker);
			if (locker.inTransaction) locker.exec('ROLLBACK');
			locker.close();
		}
	});
});

describe('keyed article ids (#21 item 9)', () => {
	it('keys ids with the server secret: a guessed text cannot be checked without it', async () => {
		const keyed = openSqliteStore({ path: join(dir, 'a.sqlite'), idSecret: 'server secret' });
		open.push(keyed);
		const id = await keyed.put(article);
		expect(isArticleId(id)).toBe(true);
		expect(id).not.toBe(articleId(article)); // the unkeyed hash anyone can compute
		expect(id).toBe(articleId(article, 'server secret'));
		expect(articleId(article, 'another secret')).not.toBe(id);
	});

	it('keeps old ids valid: an article stored under its unkeyed id still opens', async () => {
		const path = join(dir, 'a.sqlite');
		const old = openSqliteStore({ path });
		const oldId = await old.put(article);
		old.close();
		const keyed = openSqliteStore({ path, idSecret: 'server secret' });
		open.push(keyed);
		expect(await keyed.get(oldId)).toMatchObject({ text: article.text });
	});

	it('takes the secret from ARTICLE_ID_SECRET, else makes one beside the database and keeps it', async () => {
		const { idSecret } = await import('$lib/server/store/index');
		const { readFileSync, statSync } = await import('node:fs');
		const path = join(dir, 'a.sqlite');
		expect(idSecret(path, { ARTICLE_ID_SECRET: 'shared' })).toBe('shared');
		const made = idSecret(path, {});
		expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(readFileSync(`${path}.secret`, 'utf8').trim()).toBe(made);
		expect(statSync(`${path}.secret`).mode & 0o777).toBe(0o600);
		expect(idSecret(path, {})).toBe(made); // the next start reads the same one
	});
});

describe('storage abuse (#21 item 8)', () => {
	it('reads the quota and expiry settings from the environment', async () => {
		const { quotaPerDay, DEFAULT_QUOTA_PER_DAY } = await import('$lib/server/share/store-article');
		const { expiryDays } = await import('$lib/server/store/index');
		expect(quotaPerDay({})).toBe(DEFAULT_QUOTA_PER_DAY);
		expect(quotaPerDay({ STORE_QUOTA_PER_DAY: '5000000' })).toBe(5_000_000);
		expect(quotaPerDay({ STORE_QUOTA_PER_DAY: 'off' })).toBeNull();
		expect(expiryDays({})).toBeNull();
		expect(expiryDays({ ARTICLE_EXPIRE_DAYS: '90' })).toBe(90);
	});
});
