/**
 * Rate limits from the environment. A spec is `N/S`: at most N requests at once, refilled at N
 * every S seconds (`30/60` = a burst of 30, then one every 2 s); `off` turns the limit off.
 */
import type { RateSpec } from './types';

export const DEFAULT_RATES = {
	/** POST /api/articles and other writes: sharing is occasional, so 30 a minute is generous. */
	write: '30/60',
	/** POST /api/geoparse: costs CPU but stores nothing; a burst of 60, then 6 a second. */
	compute: '60/10',
	/**
	 * Work per client, in bytes of text parsed (WORK_LIMIT): a burst of 1 MB, then 100 KB a
	 * second, i.e. a 200 KB article parsed every 2 s, or its page from the cache twice a second.
	 */
	work: '1000000/10'
} as const;

/** The bucket `spec` describes, null for `off`; throws a message naming the variable if invalid. */
export function parseRateSpec(spec: string, variable: string): RateSpec | null {
	const trimmed = spec.trim().toLowerCase();
	if (trimmed === 'off') return null;
	const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(trimmed);
	const capacity = Number(match?.[1]);
	const seconds = Number(match?.[2]);
	if (!match || !(capacity >= 1) || !(seconds > 0)) {
		throw new Error(
			`${variable}=${JSON.stringify(spec)} is not a rate limit: use N/S (N requests per S seconds, e.g. ${variable}=30/60) or "off".`
		);
	}
	return { capacity, refillPerSecond: capacity / seconds };
}
