/**
 * Parse once per article text (#21 item 1): a stored article's parse is kept in the store with
 * the version that made it, shared by every link of the same text, recomputed only when the
 * version changes, and a store that fails never fails the page (it is logged).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createParseCache, type ParsePool } from '$lib/server/parse/index';
import { openSqliteStore, StoreError, type ArticleStore } from '$lib/server/store/index';
import { packResult } from '$lib/wire/packed-result';

/** A pool that "parses" by counting, so the test sees every parse. */
function countingPool() {
	const texts: string[] = [];
	const titles: Array<string | null | undefined> = [];
	const pool: ParsePool = {
		async run(task) {
			texts.push(task.text);
			titles.push(task.title);
			return { json: JSON.stringify(packResult({ places: [], mentions: [] })), parseMs: 0 };
		},
		runExport: () => Promise.reject(new Error('no exports here')),
		size: 1,
		queued: () => 0,
		close: async () => {}
	};
	return { pool, texts, titles };
}

let dir: string;
let store: ArticleStore;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
	store = openSqliteStore({ path: join(dir, 'a.sqlite') });
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
	vi.restoreAllMocks();
});

describe('the parse cache', () => {
	it('parses a text once, however many requests ask at the same time', async () => {
		const { pool, texts } = countingPool();
		const cache = createParseCache({ store, pool, version: () => 'v1' });
		const lookups = await Promise.all([1, 2, 3, 4].map(() => cache.get('Rockets hit Taji.')));
		expect(texts).toEqual(['Rockets hit Taji.']);
		expect(lookups.filter((l) => l.parseMs !== null)).toHaveLength(1);
		expect(new Set(lookups.map((l) => l.parse)).size).toBe(1);
	});

	it('keeps the parse in the store: a restarted server (new cache) does not parse again', async () => {
		const first = countingPool();
		await createParseCache({ store, pool: first.pool, version: () => 'v1' }).get('Taji.');
		const second = countingPool();
		const lookup = await createParseCache({ store, pool: second.pool, version: () => 'v1' }).get(
			'Taji.'
		);
		expect(second.texts).toEqual([]);
		expect(lookup.parseMs).toBeNull();
	});

	it('recomputes a parse made by another parser or gazetteer version, once, and keeps it', async () => {
		const old = countingPool();
		await createParseCache({ store, pool: old.pool, version: () => 'v1' }).get('Taji.');
		const next = countingPool();
		const cache = createParseCache({ store, pool: next.pool, version: () => 'v2' });
		expect((await cache.get('Taji.')).parseMs).not.toBeNull();
		const restarted = createParseCache({ store, pool: next.pool, version: () => 'v2' });
		expect((await restarted.get('Taji.')).parseMs).toBeNull();
		expect(next.texts).toEqual(['Taji.']);
	});

	it('keeps a story apart per title parsed with its text; a title that is its heading is the text', async () => {
		const { pool, texts, titles } = countingPool();
		const cache = createParseCache({ store, pool, version: () => 'v1' });
		const text = 'Storm hits Georgia\n\nAtlanta was dark.';
		const plain = await cache.get(text);
		expect((await cache.get(text, 'Storm hits Georgia')).parse).toBe(plain.parse);
		const titled = await cache.get(text, 'Blackout in Atlanta');
		expect(titled.parse).not.toBe(plain.parse);
		expect((await cache.get(text, 'Blackout in Atlanta')).parse).toBe(titled.parse);
		expect(texts).toEqual([text, text]);
		expect(titles).toEqual([null, 'Blackout in Atlanta']);
	});

	it('bounds its memory: past the limit the least recently used parse goes', async () => {
		const { pool } = countingPool();
		const cache = createParseCache({ store, pool, version: () => 'v1', memoryBytes: 1 });
		await cache.get('One.');
		await cache.get('Two.');
		expect(cache.memorySize()).toBe(1);
	});

	it('logs a store that cannot be read or written, and still answers', async () => {
		const broken: ArticleStore = {
			...store,
			getParse: async () => {
				throw new StoreError('unavailable', 'disk I/O error');
			},
			putParse: async () => {
				throw new StoreError('full', 'The article store is full.');
			}
		};
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { pool } = countingPool();
		const lookup = await createParseCache({ store: broken, pool, version: () => 'v1' }).get('T.');
		expect(lookup.parseMs).not.toBeNull();
		expect(errors.mock.calls.join(' ')).toMatch(/cannot read the parse .*disk I\/O error/);
		expect(warnings.mock.calls.join(' ')).toMatch(/cannot keep the parse .*full/);
	});
});
