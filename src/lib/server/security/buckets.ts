/**
 * Token buckets, the bookkeeping shared by the request limits (rate-limit.ts) and the work
 * limits (work-limit.ts): each client has a bucket per kind of limit that refills at a steady
 * rate up to its capacity. Where the buckets live is a {@link BucketStore}: in this process's
 * memory (one server), or in PostgreSQL (bucket-store-pg.ts), shared by every server. Time is
 * passed in (`now`, in ms) so the limits are deterministic under test; the hook passes
 * `Date.now()`.
 */
import type { RateSpec } from './types';

/** What to take from a bucket: `spend` units if its level is at least `atLeast` (null: always). */
export interface BucketDraw {
	spend: number;
	atLeast: number | null;
}

/** The outcome: whether the draw was taken, and the level left. */
export interface BucketLevel {
	allowed: boolean;
	units: number;
}

export interface BucketStore {
	/**
	 * At `now` (ms), refill `client`'s bucket of `kind` (a new one starts full; a clock going
	 * backwards mints nothing), then take `draw.spend` units when its level is at least
	 * `draw.atLeast`; the level never goes below minus one capacity, so one huge charge cannot
	 * lock a client out for hours. Atomic per bucket.
	 */
	draw(
		kind: string,
		client: string,
		spec: RateSpec,
		now: number,
		draw: BucketDraw
	): Promise<BucketLevel>;
}

/** A bucket's level at `now`, refilled since `at` (never beyond capacity, never by going back). */
function refilled(spec: RateSpec, units: number, at: number, now: number): number {
	return Math.min(spec.capacity, units + (Math.max(0, now - at) / 1000) * spec.refillPerSecond);
}

/** Apply `draw` to a bucket at `level`: the outcome and the new level. */
export function applyDraw(spec: RateSpec, level: number, draw: BucketDraw): BucketLevel {
	const allowed = draw.atLeast === null || level >= draw.atLeast;
	return {
		allowed,
		units: allowed ? Math.max(-spec.capacity, level - draw.spend) : level
	};
}

/** Buckets in memory, at most `maxClients` per kind: past it the least recently seen is forgotten. */
export interface MemoryBucketStore extends BucketStore {
	/** Clients remembered for `kind` (for tests of the memory bound). */
	size(kind: string): number;
}

export function createMemoryBuckets(maxClients: number): MemoryBucketStore {
	if (!(maxClients >= 1)) throw new RangeError('createMemoryBuckets: maxClients ≥ 1');
	// A Map iterates in insertion order: re-inserting on every use keeps the least recently seen
	// client first, which makes eviction O(1).
	const kinds = new Map<string, Map<string, { units: number; at: number }>>();
	const bucketsOf = (kind: string) => {
		let buckets = kinds.get(kind);
		if (!buckets) kinds.set(kind, (buckets = new Map()));
		return buckets;
	};
	return {
		async draw(kind, client, spec, now, draw) {
			const buckets = bucketsOf(kind);
			const previous = buckets.get(client);
			if (previous) {
				buckets.delete(client);
			} else {
				while (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
			}
			const level = previous ? refilled(spec, previous.units, previous.at, now) : spec.capacity;
			const outcome = applyDraw(spec, level, draw);
			buckets.set(client, { units: outcome.units, at: Math.max(now, previous?.at ?? now) });
			return outcome;
		},
		size: (kind) => kinds.get(kind)?.size ?? 0
	};
}

/** Check a bucket spec, naming the caller in the error. */
export function checkSpec(spec: RateSpec, who: string): void {
	if (!(spec.capacity >= 1) || !(spec.refillPerSecond > 0)) {
		throw new RangeError(`${who}: capacity ≥ 1, refillPerSecond > 0`);
	}
}
