/**
 * `npm run db:copy -- --from sqlite:FILE --to postgres://…`: an SQLite store moved into
 * PostgreSQL keeps every link (same ids, same articles, parses and quotas), keeps making the same
 * ids (the secret comes along), and copying again adds only what is new.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, idSecret, openSqliteStore } from '$lib/server/store/index';
import { openPostgresStore } from '$lib/server/store/postgres';
import { ROOT } from '../../bench/server';
import { startPostgres, type TestPostgres } from '../../scale/postgres';

let postgres: TestPostgres;
let dir: string;
beforeAll(async () => {
	postgres = await startPostgres();
	dir = mkdtempSync(join(tmpdir(), 'article-copy-'));
}, 120_000);
afterAll(async () => {
	await postgres?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const copy = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/db-copy.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ARTICLE_ID_SECRET: '' }
	});

describe('db:copy from SQLite to PostgreSQL', () => {
	it('copies articles, parses, quotas and the id secret, and again only what is new', async () => {
		const file = join(dir, 'articles.sqlite');
		const sqlite = openSqliteStore({ path: file, idSecret: idSecret(file, {}) });
		const articles = Array.from({ length: 450 }, (_, i) => ({
			text: `Story ${i}: shelling near Kharkiv and Izium.`,
			title: i % 2 ? `Title ${i}` : null,
			sourceUrl: i % 3 ? null : `https://example.org/${i}`
		}));
		const ids: string[] = [];
		for (const article of articles) ids.push(await sqlite.put(article));
		await sqlite.putParse('hash', { version: 'v1', data: new Uint8Array([1, 2, 3]) });
		await sqlite.chargeQuota('10.0.0.1', '2026-12-07', 1234, 1e9);
		const createdAt = (await sqlite.get(ids[0]!))!.createdAt;
		const url = await postgres.createDatabase('copied');

		const first = copy('--from', `sqlite:${file}`, '--to', url);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/Copied 450 articles, 1 parses and 1 quota rows/);

		const pool = createPool(url);
		const store = openPostgresStore({ pool, location: 'test' });
		try {
			for (const [i, id] of ids.entries()) {
				expect(await store.get(id)).toMatchObject({ id, ...articles[i] });
			}
			expect((await store.get(ids[0]!))!.createdAt).toBe(createdAt);
			expect(await store.getParse('hash')).toEqual({
				version: 'v1',
				data: new Uint8Array([1, 2, 3])
			});
			// The quota already used today carries over: 1234 + this charge exceeds 2000.
			expect(await store.chargeQuota('10.0.0.1', '2026-12-07', 1000, 2000)).toBe(false);
			// The same secret: the same article stored through PostgreSQL keeps its old id.
			expect(await store.put(articles[7]!)).toBe(ids[7]);

			const later = await sqlite.put({
				text: 'A later story, in Odesa.',
				title: null,
				sourceUrl: null
			});
			const second = copy('--from', `sqlite:${file}`, '--to', url);
			expect(second.status).toBe(0);
			expect((await store.health()).articles).toBe(451);
			expect(await store.get(later)).toMatchObject({ text: 'A later story, in Odesa.' });
		} finally {
			sqlite.close();
			store.close();
		}
	});

	it('refuses what it cannot copy, saying how to call it', () => {
		expect(copy('--from', join(dir, 'x.sqlite'), '--to', 'postgres://x').stderr).toMatch(/Usage/);
		const missing = copy('--from', `sqlite:${join(dir, 'none.sqlite')}`, '--to', postgres.url);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/no SQLite store/);
	});
});
