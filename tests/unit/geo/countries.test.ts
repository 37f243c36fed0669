/**
 * Country points and boxes in the real artifact against the country shapes they come from.
 * The expected boxes below are the countries' main territories, written from public knowledge
 * (mainland plus near islands; far territories left out, see geo/README.md), not from output.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryShape, type WorldCountry } from '../../../geo/lib/countries';
import { containsPoint, polygonArea, polygonsOf } from '../../../geo/lib/geometry';
import { packageDir } from '../../../geo/scripts/paths';
import { topoFeatures } from '../../../geo/scripts/sources';
import { haversineKm, type BBox, type Gazetteer } from '../../../src/lib/gazetteer';
import { realGazetteer } from '../gazetteer/artifact';

type Country = WorldCountry & { area: number };

const countries = JSON.parse(
	readFileSync(join(packageDir('world-countries'), 'countries.json'), 'utf8')
) as Country[];
const shapes = topoFeatures(join(packageDir('world-atlas'), 'countries-10m.json'), 'countries');

let gaz: Gazetteer;
beforeAll(async () => {
	gaz = await realGazetteer();
}, 180_000);

/** Area of a box in km² (spherical approximation; west > east crosses the antimeridian). */
function bboxKm2([w, s, e, n]: BBox): number {
	const width = e >= w ? e - w : e + 360 - w;
	const midLat = ((s + n) / 2) * (Math.PI / 180);
	return width * 111.32 * Math.cos(midLat) * (n - s) * 110.57;
}

describe('countries', () => {
	it('puts every country point inside its shape', () => {
		const outside: string[] = [];
		let checked = 0;
		for (const c of countries) {
			const shape = countryShape(shapes, c);
			const place = gaz.country(c.cca2);
			if (!shape || !place) continue;
			// At 10m the Vatican is a sliver with no area: no point can lie inside it.
			if (polygonsOf(shape.geometry).every((p) => polygonArea(p) < 1e-9)) continue;
			checked++;
			if (!containsPoint(shape.geometry, place.point)) outside.push(c.cca2);
		}
		expect(checked).toBeGreaterThan(230);
		expect(outside).toEqual([]);
	});

	it('every box is plausible for the country area', () => {
		const implausible: string[] = [];
		for (const c of countries) {
			const bbox = gaz.country(c.cca2)?.bbox;
			if (!bbox || c.area < 100) continue;
			const ratio = bboxKm2(bbox) / c.area;
			// A box holds at least most of the land; far more than 40× the land is a stray part,
			// except for island states whose main group is itself spread out (Tuvalu, Kiribati).
			const spread = c.area < 30_000 ? 10_000 : 40;
			if (ratio < 0.5 || ratio > spread) implausible.push(`${c.cca2} ×${ratio.toFixed(2)}`);
		}
		expect(implausible).toEqual([]);
	});

	// Main territory [west, south, east, north], to within 1.5°.
	const MAIN_BOXES: [string, BBox][] = [
		['AU', [112.9, -43.7, 153.7, -10.6]],
		['US', [-124.8, 24.5, -66.9, 49.4]],
		['RU', [27.3, 41.2, 180, 81.9]],
		['FR', [-5.1, 41.3, 9.6, 51.1]],
		['NO', [4.6, 58.0, 31.1, 71.2]],
		['CA', [-141.0, 41.7, -52.6, 83.1]],
		['NZ', [166.4, -47.3, 178.6, -34.4]],
		['GB', [-8.2, 49.9, 1.8, 60.9]],
		['GR', [19.4, 34.8, 28.3, 41.8]],
		['ID', [95.0, -11.0, 141.0, 6.1]],
		['JP', [122.9, 24.0, 145.8, 45.5]],
		['PH', [116.9, 4.6, 126.6, 21.1]],
		['CL', [-75.7, -55.9, -66.4, -17.5]],
		['DK', [8.1, 54.6, 15.2, 57.8]],
		['MY', [99.6, 0.9, 119.3, 7.4]],
		['ES', [-9.3, 36.0, 4.3, 43.8]]
	];
	it.each(MAIN_BOXES)('%s box is its main territory', (cc, want) => {
		const bbox = gaz.country(cc)?.bbox as BBox;
		expect(bbox).not.toBeNull();
		// Tolerance wider for JP's west (the Yaeyama islets may or may not join the box).
		const tol = cc === 'JP' ? [4.5, 1.5, 1.5, 1.5] : [1.5, 1.5, 1.5, 1.5];
		bbox.forEach((v, i) =>
			expect(Math.abs(v - (want[i] as number)), `${cc}[${i}]`).toBeLessThan(tol[i] as number)
		);
	});

	// Conventional points (GeoNames/CIA-style country coordinates), from public knowledge.
	const POINTS: [string, number, number][] = [
		['AU', -25, 134],
		['RU', 60, 100],
		['CA', 60, -95],
		['IR', 32, 53],
		['CU', 21.5, -80]
	];
	it.each(POINTS)('%s point is near its conventional point', (cc, lat, lng) => {
		const p = gaz.country(cc)?.point as [number, number];
		expect(haversineKm(lat, lng, p[1], p[0])).toBeLessThan(250);
	});
});
