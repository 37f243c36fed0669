/**
 * Geometry helpers for the build: bounding boxes that respect the antimeridian, and a
 * representative point guaranteed inside an area (a centroid can fall outside: Croatia, Chile's
 * islands, any crescent-shaped country).
 */

import polylabel from 'polylabel';
import type { Geometry, Position } from 'geojson';
import type { BBox, LngLat } from '../../src/lib/gazetteer/types';

type Ring = Position[];
type Polygon = Ring[];

/** The polygons of a (Multi)Polygon geometry; other types have none. */
export function polygonsOf(g: Geometry | null | undefined): Polygon[] {
	if (!g) return [];
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
	return [];
}

/** Planar ring area in square degrees (enough to pick the largest part). */
function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi = 0, yi = 0] = ring[i] as Position;
		const [xj = 0, yj = 0] = ring[j] as Position;
		a += (xj + xi) * (yj - yi);
	}
	return Math.abs(a / 2) * Math.cos((((ring[0]?.[1] ?? 0) as number) * Math.PI) / 180);
}

/**
 * Bounding box of positions. When the plain box is wider than 180° and shifting western
 * longitudes by 360° gives a narrower one (Fiji, Russia, the Aleutians), the box crosses the
 * antimeridian and is returned with west > east.
 */
export function bboxOfPositions(points: Iterable<Position>): BBox | null {
	let w = Infinity;
	let e = -Infinity;
	let s = Infinity;
	let n = -Infinity;
	let w2 = Infinity;
	let e2 = -Infinity;
	for (const [x = 0, y = 0] of points) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
		const x2 = x < 0 ? x + 360 : x;
		if (x2 < w2) w2 = x2;
		if (x2 > e2) e2 = x2;
	}
	if (w === Infinity) return null;
	if (e - w > 180 && e2 - w2 < e - w) {
		return [round(w2 > 180 ? w2 - 360 : w2), round(s), round(e2 > 180 ? e2 - 360 : e2), round(n)];
	}
	return [round(w), round(s), round(e), round(n)];
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

export function bboxOfGeometry(g: Geometry | null | undefined): BBox | null {
	return bboxOfPositions(polygonsOf(g).flatMap((p) => p[0] ?? []));
}

/** The polygon with the largest outer ring, or null. */
export function largestPolygon(g: Geometry | null | undefined): Polygon | null {
	let best: Polygon | null = null;
	let bestArea = -1;
	for (const p of polygonsOf(g)) {
		const a = ringArea(p[0] ?? []);
		if (a > bestArea) {
			bestArea = a;
			best = p;
		}
	}
	return best;
}

/** A point inside the largest part of an area (pole of inaccessibility), or null. */
export function representativePoint(g: Geometry | null | undefined): LngLat | null {
	const poly = largestPolygon(g);
	if (!poly) return null;
	const outer = poly[0] ?? [];
	const span = bboxOfPositions(outer);
	const size = span ? Math.max(span[2] - span[0], span[3] - span[1]) : 1;
	const p = polylabel(poly as [number, number][][], Math.max(size / 200, 0.001));
	return [round(p[0]), round(p[1])];
}

/** Even-odd point-in-polygon test over all parts (holes respected). */
export function containsPoint(g: Geometry | null | undefined, [x, y]: LngLat): boolean {
	let inside = false;
	for (const poly of polygonsOf(g)) {
		for (const ring of poly) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi = 0, yi = 0] = ring[i] as Position;
				const [xj = 0, yj = 0] = ring[j] as Position;
				if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
			}
		}
	}
	return inside;
}
