/**
 * Antimeridian-safe polygons (RFC 7946 §3.1.9: a geometry crossing the antimeridian is cut in
 * two). Natural Earth already cuts most parts at ±180°, but after TopoJSON quantisation a vertex
 * on the cut can come out on the wrong side (Russia, Fiji at 10m), and at 50m a few rings cross
 * outright. Either way the ring would sweep across the whole map when drawn.
 */

import type { Geometry, Position } from 'geojson';

type Ring = Position[];

/** Longitudes made continuous along the ring (each vertex within 180° of the previous one). */
function unwrap(ring: Ring): Ring {
	const out: Ring = [];
	let prev: number | null = null;
	for (const [x0 = 0, y = 0] of ring) {
		let x = x0;
		if (prev !== null) {
			while (x - prev > 180) x -= 360;
			while (prev - x > 180) x += 360;
		}
		out.push([x, y]);
		prev = x;
	}
	return out;
}

/** Sutherland–Hodgman clip of a closed ring to one side of the meridian `at`. */
function clip(ring: Ring, at: number, keepWest: boolean): Ring {
	const inside = (p: Position) => (keepWest ? (p[0] ?? 0) <= at : (p[0] ?? 0) >= at);
	const cross = (p: Position, q: Position): Position => {
		const [px = 0, py = 0] = p;
		const [qx = 0, qy = 0] = q;
		return [at, py + ((qy - py) * (at - px)) / (qx - px)];
	};
	const out: Ring = [];
	for (let i = 0; i < ring.length - 1; i++) {
		const p = ring[i] as Position;
		const q = ring[i + 1] as Position;
		if (inside(q)) {
			if (!inside(p)) out.push(cross(p, q));
			out.push(q);
		} else if (inside(p)) out.push(cross(p, q));
	}
	if (out.length > 0) out.push(out[0] as Position);
	return out.length >= 4 ? out : [];
}

const shift = (ring: Ring, dx: number): Ring => ring.map(([x = 0, y = 0]) => [x + dx, y]);

/**
 * A polygon as one or more polygons within [−180, 180]. A ring round a pole (its unwrapped
 * ends differ by 360°: Antarctica) is already drawable and is kept as it is.
 */
function splitPolygon(poly: Ring[]): Ring[][] {
	const [outer0, ...holes0] = poly;
	if (!outer0) return [];
	const outer = unwrap(outer0);
	const first = outer[0]?.[0] ?? 0;
	const last = outer[outer.length - 1]?.[0] ?? 0;
	if (Math.abs(first - last) > 1e-9) return [poly];
	const xs = outer.map((p) => p[0] ?? 0);
	const min = Math.min(...xs);
	const max = Math.max(...xs);
	// Vertices exactly on ±180 count as either side: a ring touching the cut is fine.
	if (min >= -180 && max <= 180) return [[outer, ...holes0.map(unwrap)]];
	if (min >= 180) return [[shift(outer, -360), ...holes0.map((h) => shift(unwrap(h), -360))]];
	if (max <= -180) return [[shift(outer, 360), ...holes0.map((h) => shift(unwrap(h), 360))]];
	const at = max > 180 ? 180 : -180;
	const dx = at === 180 ? -360 : 360;
	const holes = holes0.map(unwrap);
	const west = [clip(outer, at, true), ...holes.map((h) => clip(h, at, true))];
	const east = [clip(outer, at, false), ...holes.map((h) => clip(h, at, false))];
	const pieces = at === 180 ? [west, shift2(east, dx)] : [shift2(west, dx), east];
	// A piece whose outer ring clipped away has no holes on that side either.
	return pieces.filter((p) => (p[0]?.length ?? 0) > 0).map((p) => p.filter((r) => r.length > 0));
}

const shift2 = (rings: Ring[], dx: number) => rings.map((r) => (r.length ? shift(r, dx) : r));

/** A (Multi)Polygon with every part within [−180, 180]; other geometries unchanged. */
export function antimeridianSafe(g: Geometry): Geometry {
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return g;
	const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap(splitPolygon);
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] as Ring[] }
		: { type: 'MultiPolygon', coordinates: parts };
}
