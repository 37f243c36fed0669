/**
 * What a request costs, for the per-client work limit (`WORK_LIMIT`, see the README), in bytes
 * of text, or their worth: a parse costs the bytes parsed or its time at the parser's nominal
 * speed, whichever is more (a text dense with names parses twenty times slower than news, and
 * charging its bytes alone let one client keep a core busy), and a parse served from the cache
 * costs its bytes (rendering a page of a 200 KB article still takes tens of milliseconds).
 */

/** A parse served from the cache costs this fraction of its text's bytes. */
const CACHED_FRACTION = 1;

/** Nominal parse speed: 1 ms of parsing is worth this many bytes (2 MB/s, the budget). */
const BYTES_PER_PARSE_MS = 2000;

/**
 * A parse's time counts up to this many times its bytes: a worker's first parses (compiling,
 * decoding the gazetteer) and a loaded machine stretch wall time far beyond the work itself,
 * and charging that put ordinary readers over their limit.
 */
const MAX_TIME_FACTOR = 20;

/** The cost of serving `text`, parsed now in `parseMs`, or from the cache when null. */
export function workCost(text: string, parseMs: number | null): number {
	const bytes = Buffer.byteLength(text, 'utf8');
	if (parseMs === null) return Math.ceil(bytes * CACHED_FRACTION);
	const byTime = Math.min(parseMs * BYTES_PER_PARSE_MS, bytes * MAX_TIME_FACTOR);
	return Math.max(bytes, Math.ceil(byTime));
}
