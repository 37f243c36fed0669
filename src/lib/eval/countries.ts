/**
 * The geoF1c country rule built from data the caller passes in: the reference scorer's list of
 * country names (world-countries names and spellings plus a few news forms) and Natural Earth
 * country polygons (world-atlas 1:50m, decoded by the caller into GeoJSON features).
 */

import type { Feature, Geometry, Position } from 'geojson';
import type { CountryRule } from './types';

/** Case, accent and apostrophe folding, as the reference scorer does it. */
const fold = (s: string) =>
	s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’']/g, '').trim();

/** Extra names the reference scorer accepts as countries. */
const EXTRA_NAMES = [
	'us',
	'usa',
	'u.s.',
	'u.s.a.',
	'america',
	'united states of america',
	'britain',
	'great britain',
	'uk',
	'england',
	'scotland',
	'wales',
	'drc',
	'dr congo',
	'democratic republic of congo',
	'congo'
];

export interface WorldCountryNames {
	name: { common: string; official: string };
	altSpellings?: string[];
}

/** Ray casting over one ring; points on the boundary may go either way (as in any scorer). */
function inRing(x: number, y: number, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function inPolygon(x: number, y: number, rings: Position[][]): boolean {
	const [outer, ...holes] = rings;
	if (!outer || !inRing(x, y, outer)) return false;
	return !holes.some((h) => inRing(x, y, h));
}

function polygonsOf(g: Geometry): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

type CountryFeature = Feature<Geometry, { name?: string } | null>;

export function createCountryRule(
	countries: WorldCountryNames[],
	shapes: CountryFeature[]
): CountryRule {
	const names = new Set<string>();
	for (const c of countries) {
		for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) names.add(fold(n));
	}
	for (const n of EXTRA_NAMES) names.add(fold(n));
	const polys = shapes.map((f) => {
		let w = 180;
		let s = 90;
		let e = -180;
		let n = -90;
		const rings = polygonsOf(f.geometry);
		for (const poly of rings)
			for (const ring of poly)
				for (const [x, y] of ring as [number, number][]) {
					w = Math.min(w, x);
					e = Math.max(e, x);
					s = Math.min(s, y);
					n = Math.max(n, y);
				}
		return { id: f.id ?? f.properties?.name ?? null, rings, box: [w, s, e, n] as const };
	});
	return {
		isCountryName: (name) => names.has(fold(name)),
		countryAt(lat, lon) {
			for (const p of polys) {
				const [w, s, e, n] = p.box;
				if (lon < w || lon > e || lat < s || lat > n) continue;
				if (p.rings.some((rings) => inPolygon(lon, lat, rings))) return p.id;
			}
			return null;
		}
	};
}
