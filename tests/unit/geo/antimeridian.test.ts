import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { antimeridianSafe } from '../../../geo/lib/antimeridian';
import { polygonsOf } from '../../../geo/lib/geometry';

const lngs = (g: ReturnType<typeof antimeridianSafe>) =>
	polygonsOf(g).flatMap((p) => p.flatMap((r) => r.map((q) => q[0] as number)));

const hasJump = (ring: Position[]) =>
	ring.some((q, i) => i > 0 && Math.abs((q[0] as number) - (ring[i - 1]?.[0] as number)) > 180);

describe('antimeridianSafe', () => {
	it('cuts a ring crossing 180° into two parts within [-180, 180]', () => {
		const square: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[179, -17],
					[-179, -17],
					[-179, -16],
					[179, -16],
					[179, -17]
				]
			]
		};
		const g = antimeridianSafe(square);
		expect(g.type).toBe('MultiPolygon');
		const parts = polygonsOf(g);
		expect(parts).toHaveLength(2);
		for (const p of parts) expect(hasJump(p[0] as Position[])).toBe(false);
		expect(Math.max(...lngs(g))).toBe(180);
		expect(Math.min(...lngs(g))).toBe(-180);
	});

	it('puts a stray −180 vertex on its ring’s side', () => {
		const east: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[178, 65],
					[-180, 65],
					[-180, 66],
					[178, 66],
					[178, 65]
				]
			]
		};
		const g = antimeridianSafe(east);
		expect(g.type).toBe('Polygon');
		expect(hasJump(polygonsOf(g)[0]?.[0] as Position[])).toBe(false);
		expect(Math.min(...lngs(g))).toBe(178);
	});

	it('keeps a ring round the pole and a plain ring as they are', () => {
		const pole: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[-180, -70],
					[0, -72],
					[179.9, -70],
					[179.9, -90],
					[-180, -90],
					[-180, -70]
				]
			]
		};
		expect(antimeridianSafe(pole)).toEqual(pole);
		const plain: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[44, 33],
					[45, 33],
					[45, 34],
					[44, 33]
				]
			]
		};
		expect(antimeridianSafe(plain)).toEqual(plain);
	});
});
