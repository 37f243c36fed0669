/**
 * Polygon simplification for the areas artifact: Douglas–Peucker per ring, coordinates rounded
 * to a fixed number of decimals (so equal input gives equal bytes), rings that collapse dropped.
 */

import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonArea, polygonsOf } from './geometry';

type Ring = Position[];

/** Squared distance from p to the segment a–b (planar degrees). */
function segmentDistance2(p: Position, a: Position, b: Position): number {
	const [px = 0, py = 0] = p;
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
	const ex = ax + t * dx - px;
	const ey = ay + t * dy - py;
	return ex * ex + ey * ey;
}

/** Douglas–Peucker keeping the ends; iterative, so long rings do not overflow the stack. */
export function simplifyLine(points: Ring, tolerance: number): Ring {
	if (points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const tol2 = tolerance * tolerance;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop() as [number, number];
		let maxD = 0;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance2(
				points[i] as Position,
				points[first] as Position,
				points[last] as Position
			);
			if (d > maxD) {
				maxD = d;
				index = i;
			}
		}
		if (index >= 0 && maxD > tol2) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

export interface SimplifyOptions {
	/** Douglas–Peucker tolerance in degrees. */
	tolerance: number;
	/** Decimals kept in coordinates (4 ≈ 11 m). */
	decimals: number;
}

function roundRing(ring: Ring, decimals: number): Ring {
	const f = 10 ** decimals;
	const out: Ring = [];
	for (const [x = 0, y = 0] of ring) {
		const p = [Math.round(x * f) / f, Math.round(y * f) / f];
		const prev = out[out.length - 1];
		if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
	}
	return out;
}

/**
 * A simplified (Multi)Polygon, or null when nothing is left. A ring is split in two halves
 * before simplifying, so a closed ring never collapses onto its own start; rings left with
 * fewer than four positions are dropped, but the largest part always keeps its outer ring.
 */
export function simplifyGeometry(
	g: Geometry,
	{ tolerance, decimals }: SimplifyOptions
): Polygon | MultiPolygon | null {
	const ring = (r: Ring): Ring => {
		if (r.length < 8) return roundRing(r, decimals);
		const mid = r.length >> 1;
		const a = simplifyLine(r.slice(0, mid + 1), tolerance);
		const b = simplifyLine(r.slice(mid), tolerance);
		return roundRing([...a, ...b.slice(1)], decimals);
	};
	const polys = polygonsOf(g);
	if (polys.length === 0) return null;
	const largest = polys.reduce((best, p) => (polygonArea(p) > polygonArea(best) ? p : best));
	const out: Position[][][] = [];
	for (const p of polys) {
		const [outer0 = [], ...holes0] = p;
		const holes = holes0.map(ring).filter((r) => r.length >= 4);
		const outer = ring(outer0);
		if (outer.length >= 4) out.push([outer, ...holes]);
		else if (p === largest) out.push([roundRing(outer0, decimals), ...holes]);
	}
	if (out.length === 0) return null;
	return out.length === 1
		? { type: 'Polygon', coordinates: out[0] as Position[][] }
		: { type: 'MultiPolygon', coordinates: out };
}
