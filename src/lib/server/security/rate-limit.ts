/**
 * Per-client request limits: one token a request from a token bucket (buckets.ts), in this
 * server's memory or shared by every server (bucket-store-pg.ts).
 *
 * @example
 * const limiter = createRateLimiter({ capacity: 20, refillPerSecond: 1 / 3 }, buckets, 'write');
 * const decision = await limiter.take(clientKey(event.getClientAddress()), Date.now());
 * if (!decision.allowed) return 429 with `Retry-After: ${decision.retryAfterSeconds}`;
 */
import { checkSpec, type BucketLevel, type BucketStore } from './buckets';
import type { RateDecision, RateSpec } from './types';

export interface RateLimiter {
	/** Spend one token of `key`'s bucket at time `now` (ms), or say how long to wait. */
	take(key: string, now: number): Promise<RateDecision>;
}

/** `key`'s requests of one `kind`, limited by `spec`, with buckets kept in `buckets`. */
export function createRateLimiter(spec: RateSpec, buckets: BucketStore, kind: string): RateLimiter {
	checkSpec(spec, 'createRateLimiter');
	return {
		take: async (key, now) =>
			decision(spec, await buckets.draw(kind, key, spec, now, { spend: 1, atLeast: 1 }))
	};
}

/** The decision a bucket's outcome makes: let in, or the whole seconds until one unit is there. */
export function decision(spec: RateSpec, outcome: BucketLevel): RateDecision {
	if (outcome.allowed) return { allowed: true, remaining: Math.floor(outcome.units) };
	const retryAfterSeconds = Math.max(1, Math.ceil((1 - outcome.units) / spec.refillPerSecond));
	return { allowed: false, retryAfterSeconds };
}

/**
 * The key a client is limited under. IPv4-mapped IPv6 addresses count as their IPv4 address, and
 * an IPv6 client is limited per /64, the block one subscriber usually holds, so cycling through
 * its own addresses buys nothing.
 */
export function clientKey(address: string): string {
	const trimmed = address.trim().toLowerCase();
	const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
	if (mapped) return mapped[1]!;
	if (!trimmed.includes(':')) return trimmed;
	const groups = expandIPv6(trimmed.split('%')[0]!);
	return groups ? `${groups.slice(0, 4).join(':')}::/64` : trimmed;
}

/** The eight hextets of an IPv6 address, or null when it is not one. */
function expandIPv6(address: string): string[] | null {
	const halves = address.split('::');
	if (halves.length > 2) return null;
	const head = halves[0] ? halves[0].split(':') : [];
	const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
	const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
	if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
	return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
