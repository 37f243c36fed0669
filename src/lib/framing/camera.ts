import type { BBox, LngLat } from '../gazetteer/types';

/** `[[west, south], [east, north]]`, east possibly beyond 180 so that west < east always holds. */
export type Bounds = [[number, number], [number, number]];

/**
 * The smallest box holding every point, crossing the antimeridian when that is narrower
 * (Fiji and Samoa: a box over the Pacific, not around the world). Null for no points.
 */
export function boundsOfPoints(points: readonly LngLat[]): Bounds | null {
	if (points.length === 0) return null;
	const lngs = points
		.map(([lng]) => ((((lng + 180) % 360) + 360) % 360) - 180)
		.sort((a, b) => a - b);
	const lats = points.map(([, lat]) => lat);
	// The box leaves out the widest gap between neighbouring longitudes (counting the wrap).
	let gap = lngs[0]! + 360 - lngs[lngs.length - 1]!;
	let west = lngs[0]!;
	let east = lngs[lngs.length - 1]!;
	for (let i = 1; i < lngs.length; i++) {
		const g = lngs[i]! - lngs[i - 1]!;
		if (g > gap) {
			gap = g;
			west = lngs[i]!;
			east = lngs[i - 1]! + 360;
		}
	}
	return [
		[west, Math.min(...lats)],
		[east, Math.max(...lats)]
	];
}

/** A place's bbox as bounds; a box across the antimeridian (west > east) gets east + 360. */
export function bboxBounds([west, south, east, north]: BBox): Bounds {
	return [
		[west, south],
		[east < west ? east + 360 : east, north]
	];
}

/**
 * How close to fly to a point place: sites and towns closer than cities, but not so close that
 * the towns around them (labelled from zoom 9) fall outside the view.
 */
export function pointZoom(kind: string): number {
	return kind === 'landmark' || kind === 'town' || kind === 'neighbourhood' ? 9 : 8;
}

/** Web Mercator x and y of a point, each 0…1 across the world (MapLibre's world at zoom 0). */
function mercator([lng, lat]: [number, number]): [number, number] {
	const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
	return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * The zoom at which `bounds` fill a `width` × `height` px view less `padding` on each side, at
 * most `maxZoom`: what MapLibre's `fitBounds` picks (512 px tiles), known before the map exists.
 */
export function fitZoom(
	[southWest, northEast]: Bounds,
	{
		width,
		height,
		padding,
		maxZoom
	}: { width: number; height: number; padding: number; maxZoom: number }
): number {
	const [west, south] = mercator(southWest);
	const [east, north] = mercator(northEast);
	const zoomFor = (px: number, span: number) =>
		Math.log2(Math.max(px, 1) / (512 * Math.max(span, 1e-9)));
	return Math.min(
		maxZoom,
		zoomFor(width - 2 * padding, east - west),
		zoomFor(height - 2 * padding, south - north)
	);
}
