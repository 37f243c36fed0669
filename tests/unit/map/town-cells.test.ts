import { describe, expect, it } from 'vitest';
import { cellKey, cellsInView } from '../../../src/lib/map/town-cells';

describe('cellKey', () => {
	it('names a cell by its south-west corner', () => {
		expect(cellKey(44.21, 32.87, 5)).toBe('40_30'); // Jurf al Sakhar
		expect(cellKey(-0.13, 51.5, 5)).toBe('-5_50'); // London, just west of Greenwich
		expect(cellKey(-58.4, -34.6, 5)).toBe('-60_-35'); // Buenos Aires
		expect(cellKey(0, 0, 5)).toBe('0_0');
	});

	it('puts the antimeridian and the poles in cells that exist', () => {
		expect(cellKey(180, 10, 5)).toBe('-180_10');
		expect(cellKey(-180, 10, 5)).toBe('-180_10');
		expect(cellKey(179.99, 10, 5)).toBe('175_10');
		expect(cellKey(10, 90, 5)).toBe('10_85');
		expect(cellKey(10, -90, 5)).toBe('10_-90');
	});
});

describe('cellsInView', () => {
	it('lists the cells a small view touches', () => {
		expect(cellsInView([43.9, 32.6, 44.6, 33.1], 5).sort()).toEqual(['40_30']);
		expect(cellsInView([44.5, 34.5, 45.5, 35.5], 5).sort()).toEqual([
			'40_30',
			'40_35',
			'45_30',
			'45_35'
		]);
	});

	it('wraps round a view across the antimeridian', () => {
		expect(cellsInView([177, -18, 183, -16], 5).sort()).toEqual(['-180_-20', '175_-20']);
		expect(cellsInView([-183, -18, -177, -16], 5).sort()).toEqual(['-180_-20', '175_-20']);
	});

	it('lists each cell once for a view wider than the world, and clamps latitudes', () => {
		const all = cellsInView([-400, -100, 400, 100], 5);
		expect(all.length).toBe(72 * 36);
		expect(new Set(all).size).toBe(all.length);
	});
});
