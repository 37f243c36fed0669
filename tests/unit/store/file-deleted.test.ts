/**
 * The database file deleted or replaced while the store is open (hardening request #3): SQLite
 * would keep writing into the unlinked file, so an acknowledged article would be gone after a
 * restart. Every "restart" here is a second, independent connection opened at the path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type ArticleStore } from '$lib/server/store/index';

const first = { text: 'Rockets hit Camp Taji, north of Baghdad.', title: null, sourceUrl: null };
const second = { text: 'Tikrit and Samarra.', title: null, sourceUrl: null };
const third = { text: 'Mosul and Erbil.', title: null, sourceUrl: null };

let dir: string;
let db: string;
const open: ArticleStore[] = [];
const openStore = () => {
	const store = openSqliteStore({ path: db, busyTimeoutMs: 200 });
	open.push(store);
	return store;
};
const removeDatabase = () => {
	for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'article-store-deleted-'));
	db = join(dir, 'articles.sqlite');
});
afterEach(() => {
	for (const store of open.splice(0)) store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('article store whose file is deleted while it runs', () => {
	it('an article acknowledged after the deletion is in the file at the path', async () => {
		const store = openStore();
		const before = await store.put(first);
		removeDatabase();
		// Until a write recreates the file, reads still come from the open (deleted) file.
		expect(await store.get(before)).toMatchObject(first);
		expect((await store.health()).problem).toMatch(/deleted/);
		const after = await store.put(second);
		const restarted = openStore();
		expect(await restarted.get(after)).toMatchObject(second);
		expect(await restarted.health()).toMatchObject({ ok: true, articles: 1 });
		// Documented loss: what was only in the deleted file is gone once the path is recreated.
		expect(await store.get(before)).toBeNull();
		expect(await store.get(after)).toMatchObject(second);
	});

	it('follows a file replaced at the path, for reads and writes', async () => {
		const store = openStore();
		await store.put(first);
		removeDatabase();
		const other = openStore(); // another server recreates the path first
		const theirs = await other.put(third);
		expect(await store.get(theirs)).toMatchObject(third);
		const ours = await store.put(second);
		expect(await other.get(ours)).toMatchObject(second);
	});

	it('fails the write typed (503) when the path cannot be recreated, and still reads', async () => {
		const store = openStore();
		const before = await store.put(first);
		rmSync(dir, { recursive: true, force: true });
		writeFileSync(dir, 'a file where the folder was');
		try {
			await expect(store.put(second)).rejects.toMatchObject({
				name: 'StoreError',
				code: 'unavailable'
			});
			expect(await store.get(before)).toMatchObject(first);
		} finally {
			rmSync(dir, { force: true });
		}
	});
});
