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

/** Approximate area of a polygon's outer ring in square degrees at the equator. */
export function polygonArea(p: Polygon): number {
	return ringArea(p[0] ?? []);
}

/** The polygon with the largest outer ring, or null. */
function largestPolygon(g: Geometry | null | undefined): Polygon | null {
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

/**
 * Area-weighted centroid of a polygon's outer ring (planar, in degrees), or null for a
 * degenerate ring. Closer to the conventional "centre" gazetteers quote than a label point.
 */
function ringCentroid(ring: Ring): LngLat | null {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi = 0, yi = 0] = ring[i] as Position;
		const [xj = 0, yj = 0] = ring[j] as Position;
		const f = xj * yi - xi * yj;
		a += f;
		cx += (xj + xi) * f;
		cy += (yj + yi) * f;
	}
	if (Math.abs(a) < 1e-12) return null;
	return [round(cx / (3 * a)), round(cy / (3 * a))];
}

/**
 * A centroid-like point inside an area: the centroid of its largest part when that lies inside
 * the area, else the pole of inaccessibility (crescents, rings of islands).
 */
export function centralPoint(g: Geometry | null | undefined): LngLat | null {
	const poly = largestPolygon(g);
	const c = poly ? ringCentroid(poly[0] ?? []) : null;
	if (c && containsPoint(g, c)) return c;
	return representativePoint(g);
}

/** Gap in degrees between two boxes (0 when they overlap), plain longitudes. */
function boxGap(a: BBox, b: BBox): number {
	const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
	const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
	return Math.max(dx, dy);
}

/**
 * Parts within this many degrees of the box so far join it (Tasmania, Corsica, Crete, Bornholm);
 * islets (under 1% of the largest part) only within {@link ISLET_GAP_DEG}, so a string of them
 * does not pull in far islands (New Zealand's subantarctic Auckland and Campbell Islands).
 */
const MAIN_GAP_DEG = 2.5;
const ISLET_GAP_DEG = 1;
const ISLET_SHARE = 0.01;
/** Parts at least this fraction of the largest join from further away (East Malaysia). */
const MAIN_AREA_SHARE = 0.25;
const MAIN_AREA_GAP_DEG = 10;

/**
 * Bounding box for fitting a map to an area: its largest part, grown by every part within
 * {@link MAIN_GAP_DEG} of the box so far and by every part of comparable size. Far territories
 * (Alaska and Hawaii, French Guiana, Svalbard, the Canaries, the Chathams) are left out, and
 * the box never crosses the antimeridian: Natural Earth cuts parts at ±180°, and growth uses
 * plain longitudes, so Chukotka beyond 180° stays out of Russia's box. A ring round the pole
 * (Antarctica) keeps the whole box.
 */
export function mainBBox(g: Geometry | null | undefined): BBox | null {
	const whole = bboxOfGeometry(g);
	if (!whole) return null;
	if ((whole[2] - whole[0] + 360) % 360 >= 359) return [-180, whole[1], 180, whole[3]];
	const parts = polygonsOf(g)
		.map((p) => ({ area: polygonArea(p), box: bboxOfPositions(p[0] ?? []) }))
		.filter((p): p is { area: number; box: BBox } => p.box !== null && p.box[0] <= p.box[2])
		.sort((a, b) => b.area - a.area);
	const [first, ...rest] = parts;
	if (!first) return whole;
	const box: BBox = [...first.box];
	let pending = rest;
	for (let grew = true; grew;) {
		grew = false;
		const left: typeof pending = [];
		for (const p of pending) {
			const gap = boxGap(box, p.box);
			const large = p.area >= first.area * MAIN_AREA_SHARE;
			const reach = p.area >= first.area * ISLET_SHARE ? MAIN_GAP_DEG : ISLET_GAP_DEG;
			if (gap <= reach || (large && gap <= MAIN_AREA_GAP_DEG)) {
				box[0] = Math.min(box[0], p.box[0]);
				box[1] = Math.min(box[1], p.box[1]);
				box[2] = Math.max(box[2], p.box[2]);
				box[3] = Math.max(box[3], p.box[3]);
				grew = true;
			} else left.push(p);
		}
		pending = left;
	}
	return box;
}
