/**
 * A process killed with SIGKILL in the middle of writes leaves an article store that opens, passes
 * SQLite's integrity check and holds every article it acknowledged. The writer is a real child
 * process (store-writer.ts) printing each id after `put` resolved; the kill lands at a random
 * point of a busy write loop, three times over the same database.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/lib/server/store/sqlite';

const dir = mkdtempSync(join(tmpdir(), 'article-map-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the writer until it has acknowledged `atLeast` articles plus a random few, then SIGKILL. */
function writeThenKill(db: string, atLeast: number): Promise<string[]> {
	return new Promise((done, fail) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', join(import.meta.dirname, 'store-writer.ts'), db],
			{
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		const target = atLeast + Math.floor(Math.random() * atLeast);
		let buffer = '';
		let errors = '';
		const ids: string[] = [];
		child.stdout.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			ids.push(...lines);
			if (ids.length >= target && child.signalCode === null) child.kill('SIGKILL');
		});
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		child.once('exit', (code, signal) => {
			if (signal !== 'SIGKILL')
				fail(new Error(`writer exited (${code}) before the kill:\n${errors}`));
			else done(ids);
		});
	});
}

describe('article store under SIGKILL', () => {
	it('keeps every acknowledged article and a sound database', async () => {
		const db = join(dir, 'articles.sqlite');
		const acknowledged: string[] = [];
		for (let round = 0; round < 3; round++) {
			const ids = await writeThenKill(db, 150);
			expect(ids.length).toBeGreaterThanOrEqual(150);
			acknowledged.push(...ids);

			const raw = new Database(db, { readonly: true });
			try {
				expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
			} finally {
				raw.close();
			}
			const store = openSqliteStore({ path: db });
			try {
				const health = await store.health();
				expect(health.mode).toBe('read-write');
				for (const id of acknowledged) expect(await store.get(id), id).not.toBeNull();
			} finally {
				store.close();
			}
		}
	}, 120_000);
});
