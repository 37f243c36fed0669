import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from '../../../src/lib/server/security';

describe('createRateLimiter', () => {
	it('allows a burst of `capacity`, then refuses with the wait until the next token', () => {
		const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, maxClients: 10 });
		expect([1, 2, 3].map(() => limiter.take('a', 0).allowed)).toEqual([true, true, true]);
		expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
		// Half a token after 1 s: still refused, one more second to wait.
		expect(limiter.take('a', 1000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(limiter.take('a', 2000).allowed).toBe(true);
		expect(limiter.take('a', 2000).allowed).toBe(false);
	});

	it('keeps clients apart', () => {
		const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, maxClients: 10 });
		expect(limiter.take('a', 0).allowed).toBe(true);
		expect(limiter.take('a', 0).allowed).toBe(false);
		expect(limiter.take('b', 0).allowed).toBe(true);
	});

	it('refills to capacity and no further', () => {
		const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, maxClients: 10 });
		limiter.take('a', 0);
		limiter.take('a', 0);
		const after = [0, 1, 2].map(() => limiter.take('a', 3_600_000).allowed);
		expect(after).toEqual([true, true, false]);
	});

	it('does not mint tokens when the clock goes backwards', () => {
		const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, maxClients: 10 });
		expect(limiter.take('a', 10_000).allowed).toBe(true);
		expect(limiter.take('a', 0).allowed).toBe(false);
		expect(limiter.take('a', 10_500).allowed).toBe(false);
		expect(limiter.take('a', 11_000).allowed).toBe(true);
	});

	it('remembers at most maxClients, forgetting the least recently seen', () => {
		const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 3 });
		for (const key of ['a', 'b', 'c']) limiter.take(key, 0);
		limiter.take('a', 1); // a is now the most recent; b the least
		limiter.take('d', 2); // evicts b
		expect(limiter.size()).toBe(3);
		expect(limiter.take('a', 3).allowed).toBe(false); // still remembered, still empty
		expect(limiter.take('b', 3).allowed).toBe(true); // forgotten: starts over
		for (let i = 0; i < 100_000; i++) limiter.take(`flood-${i}`, 4);
		expect(limiter.size()).toBe(3);
	});

	it('rejects nonsensical options', () => {
		expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1, maxClients: 1 })).toThrow();
		expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0, maxClients: 1 })).toThrow();
		expect(() => createRateLimiter({ capacity: 1, refillPerSecond: NaN, maxClients: 1 })).toThrow();
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
