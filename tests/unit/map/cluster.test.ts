import { describe, expect, it } from 'vitest';
import { bboxBounds, boundsOfPoints } from '../../../src/lib/framing/camera';
import { groupByDistance, nearestWorldCopy } from '../../../src/lib/map/cluster';
import { bboxPolygon } from '../../../src/lib/map/outline';

describe('groupByDistance', () => {
	it('keeps markers apart when they do not overlap', () => {
		const groups = groupByDistance(
			[
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 100, y: 0 }
			],
			30
		);
		expect(groups.map((g) => g.ids)).toEqual([['a'], ['b']]);
	});

	it('groups overlapping markers under the first (most important) one, at its position', () => {
		const groups = groupByDistance(
			[
				{ id: 'a', x: 10, y: 10 },
				{ id: 'b', x: 200, y: 200 },
				{ id: 'c', x: 20, y: 15 },
				{ id: 'd', x: 10, y: 10 }
			],
			30
		);
		expect(groups).toEqual([
			{ key: 'a|c|d', ids: ['a', 'c', 'd'], x: 10, y: 10 },
			{ key: 'b', ids: ['b'], x: 200, y: 200 }
		]);
	});

	it('never loses a marker', () => {
		const items = Array.from({ length: 50 }, (_, i) => ({
			id: `p${i}`,
			x: (i * 37) % 300,
			y: (i * 11) % 90
		}));
		const ids = groupByDistance(items, 30).flatMap((g) => g.ids);
		expect(ids.sort()).toEqual(items.map((i) => i.id).sort());
	});
});

describe('nearestWorldCopy', () => {
	it('moves a longitude to the world copy nearest the map centre', () => {
		expect(nearestWorldCopy(-170, 170)).toBe(190);
		expect(nearestWorldCopy(44, 10)).toBe(44);
	});
});

describe('camera', () => {
	it('fits points with the narrowest box, across the antimeridian when shorter', () => {
		expect(
			boundsOfPoints([
				[44, 33],
				[-77, 38]
			])
		).toEqual([
			[-77, 33],
			[44, 38]
		]);
		expect(
			boundsOfPoints([
				[178, -17],
				[-172, -13]
			])
		).toEqual([
			[178, -17],
			[188, -13]
		]);
		expect(boundsOfPoints([])).toBeNull();
	});

	it('unwraps a bbox crossing the antimeridian', () => {
		expect(bboxBounds([19.6, 41.2, -169, 81.9])).toEqual([
			[19.6, 41.2],
			[191, 81.9]
		]);
		expect(bboxPolygon([170, -20, -170, -10]).geometry.coordinates[0]![1]).toEqual([190, -20]);
	});
});

describe('outlineOf', () => {
	it('outlines areas with their polygon from /areas/{id}, boxes what has none, points not at all', async () => {
		const { outlineOf } = await import('../../../src/lib/map/selection-layers');
		const { buildReaderModel } = await import('../../../src/lib/article/model');
		const { result } = await import('../article/fixture');
		const model = buildReaderModel(result);
		const origin = 'http://127.0.0.1:4180';
		const area = (id: string, kind: 'country' | 'admin1' | 'admin2') => ({
			...model.byId.get('iq')!,
			place: { ...model.byId.get('iq')!.place, id, kind }
		});
		const iraq = outlineOf(area('country:IQ', 'country'), origin);
		expect(iraq.area).toBe(`${origin}/areas/country%3AIQ`);
		expect(iraq.box?.geometry.type).toBe('Polygon');
		expect(outlineOf(area('admin1:IQ.12', 'admin1'), origin).area).toBe(
			`${origin}/areas/admin1%3AIQ.12`
		);
		expect(outlineOf(area('admin2:US.IL.031', 'admin2'), origin).area).toBe(
			`${origin}/areas/admin2%3AUS.IL.031`
		);
		// Features of the optional Natural Earth import have outlines (lakes, rivers…).
		expect(outlineOf(area('ne:lake:lake-egridir', 'admin1'), origin).area).toBe(
			`${origin}/areas/ne%3Alake%3Alake-egridir`
		);
		// Known to have no polygon, or not an id the areas can have: the box only, nothing fetched.
		const without = outlineOf(area('admin1:IQ.12', 'admin1'), origin, new Set(['admin1:IQ.12']));
		expect(without.area).toBeNull();
		expect(without.box?.geometry.type).toBe('Polygon');
		expect(outlineOf(area('wd:Q7204', 'admin1'), origin).area).toBeNull();
		expect(outlineOf(model.byId.get('baghdad')!, origin)).toEqual({ area: null, box: null });
		expect(outlineOf(null, origin)).toEqual({ area: null, box: null });
	});
});

describe('fitZoom', () => {
	it('agrees with the map: the whole world in 512 px is zoom 0, half of it zoom 1', async () => {
		const { fitZoom } = await import('../../../src/lib/framing/camera');
		const view = { width: 512, height: 512, padding: 0, maxZoom: 20 };
		expect(
			fitZoom(
				[
					[-180, -85.05],
					[180, 85.05]
				],
				view
			)
		).toBeCloseTo(0, 2);
		expect(
			fitZoom(
				[
					[-90, -10],
					[90, 10]
				],
				view
			)
		).toBeCloseTo(1, 2);
		expect(
			fitZoom(
				[
					[44, 33],
					[44.5, 33.5]
				],
				{ ...view, maxZoom: 8 }
			)
		).toBe(8);
	});
});
