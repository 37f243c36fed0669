/**
 * Backup and restore of the article store (#21 item 5): `npm run db:backup` copies a consistent
 * database while a server writes; `npm run db:restore` refuses while a server holds the file
 * (replacing it under a running server destroyed the replacement) and restores otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '$lib/server/store/index';
import {
	backupDatabase,
	holdDatabase,
	restoreDatabase,
	serversHolding
} from '$lib/server/store/maintenance';

const root = join(import.meta.dirname, '../../..');
const article = (n: number) => ({
	text: `Rockets hit Camp Taji, ${n}.`,
	title: null,
	sourceUrl: null
});

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'article-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('database backup and restore', () => {
	it('backs up while a store writes, and restores into a database no server holds', async () => {
		const db = join(dir, 'articles.sqlite');
		const store = openSqliteStore({ path: db });
		const ids = [];
		for (let i = 0; i < 20; i++) ids.push(await store.put(article(i)));
		const writing = Promise.all([20, 21, 22].map((i) => store.put(article(i))));
		const backup = join(dir, 'backup.sqlite');
		const { articles } = await backupDatabase(db, backup);
		await writing;
		expect(articles).toBeGreaterThanOrEqual(20);
		await store.put(article(99)); // after the backup: gone after the restore
		store.close();

		expect((await restoreDatabase(db, backup)).articles).toBe(articles);
		const restored = openSqliteStore({ path: db });
		expect(await restored.get(ids[0]!)).toMatchObject({ text: article(0).text });
		expect((await restored.health()).articles).toBe(articles);
		restored.close();
	});

	it('refuses to restore while a server holds the database, and says why', async () => {
		const db = join(dir, 'articles.sqlite');
		const store = openSqliteStore({ path: db });
		await store.put(article(1));
		const backup = join(dir, 'backup.sqlite');
		await backupDatabase(db, backup);
		const release = holdDatabase(db);
		try {
			expect(serversHolding(db)).toEqual([process.pid]);
			await expect(restoreDatabase(db, backup)).rejects.toThrow(/has .* open; stop it/);
		} finally {
			release();
			store.close();
		}
		// A mark left by a process that is gone does not count.
		writeFileSync(`${db}.server-999999999`, '');
		expect(serversHolding(db)).toEqual([]);
	});

	it('refuses a file that is not an article database', async () => {
		const bogus = join(dir, 'bogus.sqlite');
		writeFileSync(bogus, 'not a database at all, just text long enough to have a header');
		await expect(restoreDatabase(join(dir, 'articles.sqlite'), bogus)).rejects.toThrow(
			/not an SQLite database|damaged|not an article database/
		);
	});

	it('npm run db:backup / db:restore work from the command line', () => {
		const db = join(dir, 'articles.sqlite');
		const store = openSqliteStore({ path: db });
		return store.put(article(1)).then(() => {
			store.close();
			const env = { ...process.env, ARTICLE_DB: db };
			const backup = join(dir, 'cli-backup.sqlite');
			const out = execFileSync('npm', ['run', '-s', 'db:backup', '--', backup], { cwd: root, env });
			expect(out.toString()).toMatch(/Backed up 1 articles/);
			expect(existsSync(backup)).toBe(true);
			const restore = spawnSync('npm', ['run', '-s', 'db:restore', '--', backup], {
				cwd: root,
				env
			});
			expect(restore.stdout.toString()).toMatch(/Restored 1 articles/);
		});
	}, 60_000);
});

describe('integrity at start (#21 item 6)', () => {
	it('finds a database damaged mid-file, and passes a sound or missing one', async () => {
		const { integrityProblem } = await import('$lib/server/store/maintenance');
		const { closeSync, openSync, statSync, writeSync } = await import('node:fs');
		const db = join(dir, 'articles.sqlite');
		expect(integrityProblem(db)).toBeNull();
		const store = openSqliteStore({ path: db });
		for (let i = 0; i < 300; i++)
			await store.put({ ...article(i), text: `${article(i).text} ${'x'.repeat(500)}` });
		store.close();
		expect(integrityProblem(db)).toBeNull();
		// Overwrite a page in the middle of the file (as a failing disk would).
		const fd = openSync(db, 'r+');
		const middle = Math.floor(statSync(db).size / 2 / 4096) * 4096;
		writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, middle);
		closeSync(fd);
		expect(integrityProblem(db)).toMatch(/./);
	});
});
