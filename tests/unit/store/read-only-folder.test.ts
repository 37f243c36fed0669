/**
 * A database in a folder the server cannot write (hardening request #4): existing links must keep
 * opening. The store is opened by a real child process as another user (as root: `setpriv` to
 * nobody, since root ignores permissions; otherwise the current user, with the folder made
 * read-only), because that is the only honest way to make SQLite unable to create -wal/-shm.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '$lib/server/store/index';

const article = {
	text: 'Rockets hit Camp Taji, north of Baghdad.',
	title: 'Taji',
	sourceUrl: null
};
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

interface ReaderResult {
	health: { mode: string; ok: boolean; problem: string | null };
	read: { text?: string; error?: string } | null;
	write: { written?: string; error?: string };
}

/**
 * The reader and what it needs, in a folder any user can read: the checkout itself may sit in a
 * folder the other user cannot enter (a clone inside `mktemp -d`, mode 700), where it failed with
 * "Cannot find package 'tsx'". The reader is bundled to one file (esbuild, which tsx uses) and
 * better-sqlite3 copied beside it.
 */
function childFolder(): string {
	const root = join(import.meta.dirname, '../../..');
	const folder = mkdtempSync(join(tmpdir(), 'article-store-reader-'));
	chmodSync(folder, 0o755);
	buildSync({
		entryPoints: [join(import.meta.dirname, 'read-only-reader.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile: join(folder, 'reader.mjs'),
		external: ['better-sqlite3'],
		alias: { $lib: join(root, 'src/lib') },
		logLevel: 'error'
	});
	for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
		cpSync(join(root, 'node_modules', name), join(folder, 'node_modules', name), {
			recursive: true
		});
	}
	return folder;
}

let child: string;
beforeAll(() => {
	child = childFolder();
}, 60_000);
afterAll(() => rmSync(child, { recursive: true, force: true }));

/** Open the store at `db` as a user who cannot write its folder, read `id`, try a write. */
function readAsOtherUser(db: string, id: string): ReaderResult {
	const node = [process.execPath, join(child, 'reader.mjs'), db, id];
	const [command, ...args]: [string, ...string[]] = asRoot
		? [setpriv!, '--reuid=65534', '--regid=65534', '--clear-groups', ...node]
		: [process.execPath, ...node.slice(1)];
	const out = execFileSync(command, args, { cwd: child });
	return JSON.parse(out.toString()) as ReaderResult;
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'article-store-ro-'));
});
afterEach(() => {
	chmodSync(dir, 0o755);
	rmSync(dir, { recursive: true, force: true });
});

/** Root-owned 0755 folder (root) or a 0555 folder (anyone else): the reader cannot create files. */
function lockFolder(): void {
	chmodSync(dir, asRoot ? 0o755 : 0o555);
}

describe.skipIf(asRoot && !setpriv)('article store in a read-only folder', () => {
	it('a store closed cleanly (WAL file, no -wal/-shm): links open from a snapshot, writes fail typed', async () => {
		const db = join(dir, 'articles.sqlite');
		const writer = openSqliteStore({ path: db });
		const id = await writer.put(article);
		writer.close();
		expect(existsSync(`${db}-shm`)).toBe(false);
		lockFolder();
		const result = readAsOtherUser(db, id);
		expect(result.read).toMatchObject({ text: article.text });
		expect(result.write).toEqual({ error: 'read-only' });
		expect(result.health).toMatchObject({ mode: 'read-only', ok: false });
		expect(result.health.problem).toMatch(/snapshot/);
		expect(existsSync(`${db}-shm`)).toBe(false);
	});

	it('a crashed writer (-wal and -shm left behind): links open in place, WAL included', async () => {
		const db = join(dir, 'articles.sqlite');
		const writer = openSqliteStore({ path: db });
		await writer.put({ ...article, text: 'Checkpointed.' });
		writer.close();
		// A writer that never checkpoints or closes: its article is only in the -wal file.
		const crashed = new Database(db);
		crashed.pragma('wal_autocheckpoint = 0');
		const id = await openSqliteStore({ path: db }).put(article);
		expect(existsSync(`${db}-wal`) && existsSync(`${db}-shm`)).toBe(true);
		lockFolder();
		const result = readAsOtherUser(db, id);
		crashed.close();
		expect(result.read).toMatchObject({ text: article.text });
		expect(result.write).toEqual({ error: 'read-only' });
		expect(result.health.problem ?? '').not.toMatch(/snapshot/);
	});
});
