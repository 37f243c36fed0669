import { describe, expect, it } from 'vitest';
import {
	clientKey,
	createMemoryBuckets,
	createRateLimiter,
	type RateLimiter
} from '../../../src/lib/server/security';

const limiterOf = (capacity: number, refillPerSecond: number, maxClients = 10) => {
	const buckets = createMemoryBuckets(maxClients);
	return { limiter: createRateLimiter({ capacity, refillPerSecond }, buckets, 'write'), buckets };
};
/** `n` requests of `key` at `now`, one after the other: whether each was let in. */
async function takes(
	limiter: RateLimiter,
	key: string,
	now: number,
	n: number
): Promise<boolean[]> {
	const allowed: boolean[] = [];
	for (let i = 0; i < n; i++) allowed.push((await limiter.take(key, now)).allowed);
	return allowed;
}

describe('createRateLimiter', () => {
	it('allows a burst of `capacity`, then refuses with the wait until the next token', async () => {
		const { limiter } = limiterOf(3, 0.5);
		expect(await takes(limiter, 'a', 0, 3)).toEqual([true, true, true]);
		expect(await limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
		// Half a token after 1 s: still refused, one more second to wait.
		expect(await limiter.take('a', 1000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(await takes(limiter, 'a', 2000, 2)).toEqual([true, false]);
	});

	it('keeps clients and kinds of limit apart', async () => {
		const { limiter, buckets } = limiterOf(1, 1);
		expect(await takes(limiter, 'a', 0, 2)).toEqual([true, false]);
		expect((await limiter.take('b', 0)).allowed).toBe(true);
		const other = createRateLimiter({ capacity: 1, refillPerSecond: 1 }, buckets, 'compute');
		expect((await other.take('a', 0)).allowed).toBe(true);
	});

	it('refills to capacity and no further', async () => {
		const { limiter } = limiterOf(2, 1);
		await takes(limiter, 'a', 0, 2);
		expect(await takes(limiter, 'a', 3_600_000, 3)).toEqual([true, true, false]);
	});

	it('does not mint tokens when the clock goes backwards', async () => {
		const { limiter } = limiterOf(1, 1);
		expect((await limiter.take('a', 10_000)).allowed).toBe(true);
		expect((await limiter.take('a', 0)).allowed).toBe(false);
		expect((await limiter.take('a', 10_500)).allowed).toBe(false);
		expect((await limiter.take('a', 11_000)).allowed).toBe(true);
	});

	it('remembers at most maxClients, forgetting the least recently seen', async () => {
		const { limiter, buckets } = limiterOf(1, 0.001, 3);
		for (const key of ['a', 'b', 'c']) await limiter.take(key, 0);
		await limiter.take('a', 1); // a is now the most recent; b the least
		await limiter.take('d', 2); // evicts b
		expect(buckets.size('write')).toBe(3);
		expect((await limiter.take('a', 3)).allowed).toBe(false); // still remembered, still empty
		expect((await limiter.take('b', 3)).allowed).toBe(true); // forgotten: starts over
		for (let i = 0; i < 20_000; i++) await limiter.take(`flood-${i}`, 4);
		expect(buckets.size('write')).toBe(3);
	});

	it('rejects nonsensical options', () => {
		const buckets = createMemoryBuckets(1);
		const make = (capacity: number, refillPerSecond: number) => () =>
			createRateLimiter({ capacity, refillPerSecond }, buckets, 'write');
		expect(make(0, 1)).toThrow();
		expect(make(1, 0)).toThrow();
		expect(make(1, NaN)).toThrow();
		expect(() => createMemoryBuckets(0)).toThrow();
	});
});

describe('clientKey', () => {
	it('keys IPv4 by address and IPv4-mapped IPv6 as IPv4', () => {
		expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
		expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
	});

	it('keys IPv6 by its /64, whatever the spelling', () => {
		const a = clientKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd');
		expect(a).toBe('2001:db8:0:1::/64');
		expect(clientKey('2001:0DB8:0000:0001::1')).toBe(a);
		expect(clientKey('2001:db8:0:1::1%eth0')).toBe(a);
		expect(clientKey('2001:db8:0:2::1')).not.toBe(a);
		expect(clientKey('::1')).toBe('0:0:0:0::/64');
	});

	it('passes through what is not an address rather than failing', () => {
		expect(clientKey('unknown')).toBe('unknown');
		expect(clientKey('1:2:3')).toBe('1:2:3');
		expect(clientKey('1::2::3')).toBe('1::2::3');
	});
});
