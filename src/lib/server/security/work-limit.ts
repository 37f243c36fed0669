/**
 * Per-client limits on work, not requests: each client has a bucket of work units (bytes of
 * text parsed; a parse served from the cache costs a fraction, see `share/work.ts`) that refills
 * at a steady rate. A request that can cause work is let in while the bucket holds at least one
 * unit, and charged what it actually cost once it is done, so the balance may go below zero (to
 * minus one bucket at most): one 200 KB parse costs as much as forty requests for a 5 KB article,
 * and the client waits accordingly. The buckets are the request limits' (buckets.ts): in memory,
 * or shared by every server.
 */
import { checkSpec, type BucketStore } from './buckets';
import { decision } from './rate-limit';
import type { RateDecision, RateSpec } from './types';

export interface WorkLimiter {
	/** Whether `key` may start work at `now` (ms): its balance is at least one unit. */
	check(key: string, now: number): Promise<RateDecision>;
	/** Charge `units` of work done for `key` at `now`. */
	charge(key: string, units: number, now: number): Promise<void>;
	/** The balance of `key` at `now` (for tests and headers). */
	balance(key: string, now: number): Promise<number>;
}

const KIND = 'work';

export function createWorkLimiter(spec: RateSpec, buckets: BucketStore): WorkLimiter {
	checkSpec(spec, 'createWorkLimiter');
	return {
		check: async (key, now) =>
			decision(spec, await buckets.draw(KIND, key, spec, now, { spend: 0, atLeast: 1 })),
		async charge(key, units, now) {
			if (!(units > 0)) return;
			await buckets.draw(KIND, key, spec, now, { spend: units, atLeast: null });
		},
		balance: async (key, now) =>
			(await buckets.draw(KIND, key, spec, now, { spend: 0, atLeast: null })).units
	};
}
