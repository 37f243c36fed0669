/**
 * The process-wide parse pool and parse cache (created on first use, closed on shutdown).
 * See `pool.ts` (workers) and `cache.ts` (parse once per article text).
 */
import { getArticleStore } from '../store/index';
import { createParseCache, type ParseCache } from './cache';
import { createParsePool, type ParsePool } from './pool';

export { CachedParse, createParseCache, type ParseCache } from './cache';
export { ParseFailedError, createParsePool, type ParsePool } from './pool';

let pool: ParsePool | null = null;
let cache: ParseCache | null = null;

export function getParsePool(): ParsePool {
	if (!pool) {
		pool = createParsePool();
		const started = pool;
		process.once('sveltekit:shutdown', () => void started.close());
	}
	return pool;
}

export function getParseCache(): ParseCache {
	cache ??= createParseCache({
		store: getArticleStore(),
		pool: getParsePool(),
		memoryBytes: memoryBytes()
	});
	return cache;
}

/** `PARSE_CACHE_MB` (default 64): memory for parses of stored articles. */
function memoryBytes(): number {
	const mb = Number(process.env.PARSE_CACHE_MB ?? 64);
	return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * 1024 * 1024;
}
