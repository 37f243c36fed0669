/**
 * Natural Earth's admin-1 polygons are joined to GeoNames divisions by code, and a few countries'
 * codes changed meaning since (France's 2016 regions, the Philippines' regions): the join must
 * notice when a code's polygons are another area's.
 */

import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { admin1Drafts, joinAgrees, type NeAdmin1Props } from '../../../geo/lib/admin';
import type { DivisionStats } from '../../../geo/lib/cities';
import { realGazetteer } from '../gazetteer/artifact';

/** A square polygon feature of side `d` degrees at (lng, lat). */
const square = (
	lng: number,
	lat: number,
	d: number,
	name: string
): Feature<Geometry, NeAdmin1Props> => ({
	type: 'Feature',
	properties: { name },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[lng, lat],
				[lng + d, lat],
				[lng + d, lat + d],
				[lng, lat + d],
				[lng, lat]
			]
		]
	}
});

/** Division statistics with the population centre at (lng, lat). */
const towns = (lng: number, lat: number): DivisionStats => ({
	population: 1000,
	sumLng: lng * 10,
	sumLat: lat * 10,
	weight: 10,
	w: lng,
	s: lat,
	e: lng,
	n: lat,
	seat: null
});

describe('joinAgrees', () => {
	it("accepts polygons that hold the division's towns, whatever they are called", () => {
		expect(joinAgrees([square(10, 50, 2, 'Bayern')], 'Bavaria', towns(11, 51))).toBe(true);
	});

	it("rejects polygons far from the division's towns (a department for a region)", () => {
		// Île-de-France's towns are around Paris; the Aude lies 600 km south.
		expect(joinAgrees([square(1.7, 42.6, 1, 'Aude')], 'Île-de-France', towns(2.35, 48.85))).toBe(
			false
		);
	});

	it('without towns, falls back to the names', () => {
		expect(joinAgrees([square(0, 0, 1, 'Kaabu')], 'Kaabu', undefined)).toBe(true);
		expect(joinAgrees([square(0, 0, 1, 'Oio')], 'Kaabu', undefined)).toBe(false);
	});

	it('in the built artifact, French regions and Philippine regions sit where they are', async () => {
		const gaz = await realGazetteer();
		const at = (id: string) => gaz.byId(id)?.point;
		const idf = at('admin1:FR.11') as [number, number];
		expect(Math.abs(idf[0] - 2.35)).toBeLessThan(1);
		expect(Math.abs(idf[1] - 48.85)).toBeLessThan(1);
		// The Autonomous Region in Muslim Mindanao is in Mindanao (south of 10° N), not Luzon.
		expect((at('admin1:PH.14') as [number, number])[1]).toBeLessThan(10);
		// Cagayan, a province of Luzon, is no name of that region.
		expect(gaz.byId('admin1:PH.14')?.aliases).not.toContain('Cagayan');
	}, 180_000);
});

describe('admin1Drafts', () => {
	/** A feature as `square`, with Natural Earth's GeoNames code. */
	const coded = (lng: number, lat: number, name: string, code: string) => {
		const f = square(lng, lat, 1, name);
		f.properties.gn_a1_code = code;
		f.properties.iso_a2 = code.slice(0, 2);
		return f;
	};

	it("joins by name where a code's polygons are a neighbour's of another name", () => {
		// Two adjacent provinces whose codes are swapped between the sources: each one's towns
		// lie within the slack of the other's box, so only the names tell them apart.
		const drafts = admin1Drafts({
			table: [
				{ code: 'XX.01', name: 'Alpha Province' },
				{ code: 'XX.02', name: 'Beta' }
			],
			ne: [coded(10, 10, 'Beta', 'XX.01'), coded(11, 10, 'Alpha', 'XX.02')],
			stats: new Map([
				['XX.01', towns(11.5, 10.5)],
				['XX.02', towns(10.5, 10.5)]
			]),
			extraAliases: new Map()
		});
		const alpha = drafts.find((d) => d.id === 'admin1:XX.01');
		expect(alpha?.lng).toBeCloseTo(11.5, 0);
		expect(alpha?.aliases).not.toContain('Beta');
		expect(drafts.find((d) => d.id === 'admin1:XX.02')?.lng).toBeCloseTo(10.5, 0);
	});

	it('in the built artifact, Vietnamese provinces sit where they are', async () => {
		const gaz = await realGazetteer();
		// Dong Thap is in the Mekong Delta (about 10.5° N), not in the north.
		const dongThap = gaz.lookup('Dong Thap', { kinds: ['admin1'] })[0]?.place.point;
		expect((dongThap as [number, number])[1]).toBeLessThan(12);
	}, 180_000);
});
