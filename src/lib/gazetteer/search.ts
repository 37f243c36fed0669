/** Binary search over a sorted string array (JS string order, as the builder sorts). */

/** First position whose key is >= `key` (keys.length when none). */
export function lowerBound(keys: readonly string[], key: string): number {
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((keys[mid] as string) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Position of `key`, or -1. */
export function findKey(keys: readonly string[], key: string): number {
	const i = lowerBound(keys, key);
	return i < keys.length && keys[i] === key ? i : -1;
}
