/**
 * Per-client token buckets with bounded memory. Time is passed in (`now`, in ms) so the limiter
 * is deterministic under test; the hook passes `Date.now()`.
 *
 * @example
 * const limiter = createRateLimiter({ capacity: 20, refillPerSecond: 1 / 3, maxClients: 10_000 });
 * const decision = limiter.take(clientKey(event.getClientAddress()), Date.now());
 * if (!decision.allowed) return 429 with `Retry-After: ${decision.retryAfterSeconds}`;
 */
import type { RateDecision, RateLimiterOptions } from './types';

interface Bucket {
	tokens: number;
	/** When `tokens` was last brought up to date, in ms. */
	at: number;
}

export interface RateLimiter {
	/** Spend one token of `key`'s bucket at time `now` (ms), or say how long to wait. */
	take(key: string, now: number): RateDecision;
	/** Number of clients currently remembered (for tests and the memory bound). */
	size(): number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
	const { capacity, refillPerSecond, maxClients } = options;
	if (!(capacity >= 1) || !(refillPerSecond > 0) || !(maxClients >= 1)) {
		throw new RangeError('createRateLimiter: capacity ≥ 1, refillPerSecond > 0, maxClients ≥ 1');
	}
	// A Map iterates in insertion order: re-inserting on every use keeps the least recently seen
	// client first, which makes eviction O(1).
	const buckets = new Map<string, Bucket>();

	return {
		take(key, now) {
			const previous = buckets.get(key);
			let bucket: Bucket;
			if (previous) {
				buckets.delete(key);
				// A clock that goes backwards (NTP step) must not mint tokens or make them negative.
				const elapsed = Math.max(0, now - previous.at) / 1000;
				bucket = {
					tokens: Math.min(capacity, previous.tokens + elapsed * refillPerSecond),
					at: Math.max(now, previous.at)
				};
			} else {
				bucket = { tokens: capacity, at: now };
				while (buckets.size >= maxClients) {
					const oldest = buckets.keys().next().value as string;
					buckets.delete(oldest);
				}
			}
			buckets.set(key, bucket);
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return { allowed: true, remaining: Math.floor(bucket.tokens) };
			}
			const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
			return { allowed: false, retryAfterSeconds };
		},
		size: () => buckets.size
	};
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
