/**
 * Per-client limits on work, not requests: each client has a bucket of work units (bytes of
 * text parsed; a parse served from the cache costs a fraction, see `share/work.ts`) that refills
 * at a steady rate. A request that can cause work is let in while the bucket is not empty, and
 * charged what it actually cost once it is done, so the balance may go below zero: one 200 KB
 * parse costs as much as forty requests for a 5 KB article, and the client waits accordingly.
 * Memory is bounded like the request limiter's (least recently seen clients forgotten).
 */
import type { RateDecision, RateLimiterOptions } from './types';

interface Bucket {
	units: number;
	at: number;
}

export interface WorkLimiter {
	/** Whether `key` may start work at `now` (ms): its balance is above zero. */
	check(key: string, now: number): RateDecision;
	/** Charge `units` of work done for `key` at `now`. */
	charge(key: string, units: number, now: number): void;
	/** The balance of `key` at `now` (for tests and headers). */
	balance(key: string, now: number): number;
	size(): number;
}

export function createWorkLimiter(options: RateLimiterOptions): WorkLimiter {
	const { capacity, refillPerSecond, maxClients } = options;
	if (!(capacity >= 1) || !(refillPerSecond > 0) || !(maxClients >= 1)) {
		throw new RangeError('createWorkLimiter: capacity ≥ 1, refillPerSecond > 0, maxClients ≥ 1');
	}
	const buckets = new Map<string, Bucket>();

	/** `key`'s bucket brought up to `now`, moved to the most recently seen end. */
	const bucketOf = (key: string, now: number): Bucket => {
		const previous = buckets.get(key);
		let bucket: Bucket;
		if (previous) {
			buckets.delete(key);
			const elapsed = Math.max(0, now - previous.at) / 1000;
			bucket = {
				units: Math.min(capacity, previous.units + elapsed * refillPerSecond),
				at: Math.max(now, previous.at)
			};
		} else {
			bucket = { units: capacity, at: now };
			while (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
		}
		buckets.set(key, bucket);
		return bucket;
	};

	return {
		check(key, now) {
			const bucket = bucketOf(key, now);
			if (bucket.units > 0) return { allowed: true, remaining: Math.floor(bucket.units) };
			const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.units) / refillPerSecond));
			return { allowed: false, retryAfterSeconds };
		},
		charge(key, units, now) {
			if (!(units > 0)) return;
			const bucket = bucketOf(key, now);
			// At most one bucket in debt: a single huge request cannot lock a client out for hours.
			bucket.units = Math.max(-capacity, bucket.units - units);
		},
		balance: (key, now) => bucketOf(key, now).units,
		size: () => buckets.size
	};
}
