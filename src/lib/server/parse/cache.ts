/**
 * Parse once per article text: the result of a stored article is kept in the article store,
 * keyed by a hash of the text and of the title given apart from it, if any (which is parsed with
 * the text, see `src/lib/story`), so every link of the same story shares it, with the version that
 * made it, and the hottest ones also in memory. A read of a missing or stale parse computes it
 * in the worker pool, once however many requests ask at the same time, and stores it.
 *
 * Store failures never fail the page: a read failure is logged and the text parsed; a write
 * failure is logged and the parse kept in memory only.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { GeoparseResult } from '../../geoparse/types';
import { unpackResult, type PackedResult } from '../../wire/packed-result';
import type { ArticleStore } from '../store/types';
import type { ParsePool } from './pool';
import { parseVersion } from './version';
import { separateTitle } from '../../story/parse';

const gzipAsync = promisify(gzip);
const MAX_DERIVED = 8;
const gunzipAsync = promisify(gunzip);

/** One article text's parse, as pages, embeds and exports use it. */
export class CachedParse {
	#result: GeoparseResult | null = null;
	/** Per-use values derived from the parse (e.g. the areas without outline), computed once. */
	readonly derived = new Map<string, unknown>();
	/** Bytes of the packed JSON: the memory this entry is counted as. */
	readonly size: number;
	constructor(
		readonly text: string,
		/** The packed result as JSON (what the store keeps, and export workers are sent). */
		readonly json: string,
		readonly packed: PackedResult = JSON.parse(json) as PackedResult
	) {
		this.size = json.length;
	}
	/** The full result (decoded on first use). */
	get result(): GeoparseResult {
		this.#result ??= unpackResult(this.packed, this.text);
		return this.#result;
	}
	/** `make()` once per entry and `key`. */
	memo<T>(key: string, make: () => T): T {
		if (!this.derived.has(key)) {
			// Bounded: many links of one text (other titles) must not pile up exports here.
			if (this.derived.size >= MAX_DERIVED) {
				this.derived.delete(this.derived.keys().next().value as string);
			}
			this.derived.set(key, make());
		}
		return this.derived.get(key) as T;
	}
}

interface ParseLookup {
	parse: CachedParse;
	/** Milliseconds this call spent parsing the text, or null when it was cached. */
	parseMs: number | null;
}

export interface ParseCacheOptions {
	store: ArticleStore;
	pool: ParsePool;
	/** Memory for parses, in bytes of packed JSON (default 64 MB). */
	memoryBytes?: number;
	/** The version parses must carry (default: this parser and gazetteer). */
	version?: () => string;
}

export interface ParseCache {
	/** The parse of `text` with its `title` given apart (parsed only when it is not the text's heading). */
	get(text: string, title?: string | null): Promise<ParseLookup>;
	/** Parses held in memory (for tests). */
	memorySize(): number;
}

/** The key of a story's parse: the text's alone when no title is parsed with it (as before titles were). */
function storyHash(text: string, title: string | null): string {
	const hash = createHash('sha256');
	if (title !== null) hash.update('title\0', 'utf8').update(title, 'utf8').update('\0', 'utf8');
	return hash.update(text, 'utf8').digest('base64url').slice(0, 22);
}

export function createParseCache(options: ParseCacheOptions): ParseCache {
	const { store, pool } = options;
	const limit = options.memoryBytes ?? 64 * 1024 * 1024;
	const version = options.version ?? parseVersion;
	const memory = new Map<string, { version: string; parse: CachedParse }>();
	let held = 0;
	const inflight = new Map<string, Promise<ParseLookup>>();

	const remember = (hash: string, v: string, parse: CachedParse) => {
		const old = memory.get(hash);
		if (old) held -= old.parse.size;
		memory.delete(hash);
		memory.set(hash, { version: v, parse });
		held += parse.size;
		for (const [key, entry] of memory) {
			if (held <= limit || memory.size === 1) break;
			memory.delete(key);
			held -= entry.parse.size;
		}
	};

	const load = async (
		text: string,
		title: string | null,
		hash: string,
		v: string
	): Promise<ParseLookup> => {
		try {
			const stored = await store.getParse(hash);
			if (stored && stored.version === v) {
				const json = (await gunzipAsync(stored.data)).toString('utf8');
				return { parse: new CachedParse(text, json), parseMs: null };
			}
		} catch (error) {
			console.error(`parse cache: cannot read the parse of ${hash}: ${message(error)}`);
		}
		const { json, parseMs } = await pool.run({ kind: 'packed', text, title });
		const parse = new CachedParse(text, json);
		try {
			await store.putParse(hash, { version: v, data: new Uint8Array(await gzipAsync(json)) });
		} catch (error) {
			console.warn(`parse cache: cannot keep the parse of ${hash}: ${message(error)}`);
		}
		return { parse, parseMs };
	};

	return {
		async get(text, given = null) {
			const title = separateTitle(given, text);
			const hash = storyHash(text, title);
			const v = version();
			const hit = memory.get(hash);
			if (hit && hit.version === v) {
				memory.delete(hash);
				memory.set(hash, hit);
				return { parse: hit.parse, parseMs: null };
			}
			const pending = inflight.get(hash);
			if (pending) return { parse: (await pending).parse, parseMs: null };
			const job = load(text, title, hash, v).finally(() => inflight.delete(hash));
			inflight.set(hash, job);
			const lookup = await job;
			remember(hash, v, lookup.parse);
			return lookup;
		},
		memorySize: () => memory.size
	};
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
