/**
 * Water for the basemap by size: lakes tagged with the zoom they show from, and the land's small
 * lakes filled in. Pure: collections in, collections out.
 */

import type { Feature, FeatureCollection, Geometry } from 'geojson';

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/**
 * Lakes with the zoom each shows from, by area: the 1 km data's thousands of ponds are specks
 * of noise on a zoom-6 map (the US Midwest, Finland), and a lake a few pixels wide draws as a
 * triangle. A zoom 9 tile keeps them all.
 */
export function lakesByArea(fc: FeatureCollection): FeatureCollection {
	return collection(
		fc.features.map((f) => ({
			...f,
			properties: { kind: 'lake', min_zoom: lakeMinZoom(squareKm(f.geometry)) }
		}))
	);
}

/**
 * Lakes cut out of the 250 m land smaller than this (km²) are filled in: 697,000 of its 706,000
 * holes, which dotted a zoom-6 map with ponds the lakes layer shows by size instead (and which
 * held 3.6 million of its vertices).
 */
export const SMALL_HOLE_KM2 = 20;

/** Polygons with their holes under `km2` filled in. */
export function withoutSmallHoles(fc: FeatureCollection, km2: number): FeatureCollection {
	return collection(
		fc.features.map((f) =>
			f.geometry.type === 'Polygon'
				? {
						...f,
						geometry: {
							type: 'Polygon' as const,
							coordinates: f.geometry.coordinates.filter(
								(ring, i) => i === 0 || squareKm({ type: 'Polygon', coordinates: [ring] }) >= km2
							)
						}
					}
				: f
		)
	);
}

/** km² from which a lake shows at zooms 5, 6, 7 and 8 (smaller ones from 9). */
const LAKE_AREAS: Array<[number, number]> = [
	[500, 5],
	[100, 6],
	[20, 7],
	[4, 8]
];

const lakeMinZoom = (km2: number) => LAKE_AREAS.find(([area]) => km2 >= area)?.[1] ?? 9;

/** Area of a polygon's outer ring in km² (planar, scaled by latitude: enough to rank lakes). */
export function squareKm(g: Geometry): number {
	if (g.type !== 'Polygon') return 0;
	const ring = g.coordinates[0] ?? [];
	let sum = 0;
	let lat = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! + ring[i]![0]!) * (ring[i]![1]! - ring[j]![1]!);
		lat += ring[i]![1]!;
	}
	const cos = Math.cos(((lat / Math.max(1, ring.length)) * Math.PI) / 180);
	return Math.abs(sum / 2) * cos * 111.32 * 111.32;
}
