/** The per-client work limit (#21 item 2): clients are charged what their requests cost. */
import { describe, expect, it } from 'vitest';
import { createMemoryBuckets } from '$lib/server/security/buckets';
import { createWorkLimiter } from '$lib/server/security/work-limit';
import { isWorkPath } from '$lib/server/security/guards';

const limiter = (buckets = createMemoryBuckets(2)) =>
	createWorkLimiter({ capacity: 1000, refillPerSecond: 100 }, buckets);

describe('work limiter', () => {
	it('lets a client in while its balance is above zero and charges what the work cost', async () => {
		const work = limiter();
		expect((await work.check('a', 0)).allowed).toBe(true);
		await work.charge('a', 800, 0);
		expect((await work.check('a', 0)).allowed).toBe(true);
		await work.charge('a', 800, 0); // one big parse may overdraw the balance
		const refused = await work.check('a', 0);
		expect(refused).toEqual({ allowed: false, retryAfterSeconds: 7 });
		// Another client is not affected.
		expect((await work.check('b', 0)).allowed).toBe(true);
		// The balance refills with time: -600 + 100/s × 7 s = 100.
		expect((await work.check('a', 7000)).allowed).toBe(true);
	});

	it('caps the debt at one bucket and remembers a bounded number of clients', async () => {
		const buckets = createMemoryBuckets(2);
		const work = limiter(buckets);
		await work.charge('a', 1e9, 0);
		expect(await work.balance('a', 0)).toBe(-1000);
		await work.check('b', 0);
		await work.check('c', 0);
		expect(buckets.size('work')).toBe(2);
	});

	it('applies to requests that can parse: geoparse, article pages, their data and exports', () => {
		expect(isWorkPath('POST', '/api/geoparse')).toBe(true);
		for (const path of ['/a/x', '/embed/x', '/a/x/__data.json', '/a/x/export.csv']) {
			expect(isWorkPath('GET', path), path).toBe(true);
		}
		expect(isWorkPath('POST', '/api/articles')).toBe(false);
		expect(isWorkPath('GET', '/api/places')).toBe(false);
		expect(isWorkPath('GET', '/')).toBe(false);
	});
});

describe('work cost', () => {
	it('charges a parse its bytes or its time at 2 MB/s, whichever is more; a cached one its bytes', async () => {
		const { workCost } = await import('$lib/server/share/work');
		const text = 'x'.repeat(200_000);
		expect(workCost(text, 10)).toBe(200_000);
		expect(workCost(text, 1000)).toBe(2_000_000);
		// Time counts up to 20 times the bytes (a cold worker or a loaded machine stretches it).
		expect(workCost(text, 3000)).toBe(4_000_000);
		expect(workCost('x'.repeat(5000), 2000)).toBe(100_000);
		expect(workCost(text, null)).toBe(200_000);
	});
});
