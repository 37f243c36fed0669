/** The costly-render gate: one at a time, in order, and the loop turns between them. */
import { describe, expect, it } from 'vitest';
import { createGate } from '$lib/server/security/render-gate';

describe('render gate', () => {
	it('admits one holder at a time, in arrival order, and yields the loop between holders', async () => {
		const gate = createGate();
		const order: string[] = [];
		const hold = async (name: string) => {
			const leave = await gate.enter();
			order.push(`${name} in`);
			await new Promise((done) => setTimeout(done, 5));
			order.push(`${name} out`);
			leave();
			leave(); // leaving twice lets nobody extra in
		};
		const cheap = new Promise<void>((done) => setImmediate(() => (order.push('cheap'), done())));
		await Promise.all([hold('a'), hold('b'), hold('c'), cheap]);
		expect(order.filter((e) => e !== 'cheap')).toEqual([
			'a in',
			'a out',
			'b in',
			'b out',
			'c in',
			'c out'
		]);
		// The cheap task ran while the first holder held the gate, not after all three.
		expect(order.indexOf('cheap')).toBeLessThan(order.indexOf('b in'));
		expect(gate.waiting()).toBe(0);
	});
});
