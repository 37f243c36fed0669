import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { LabelFeature } from './labels';

/**
 * Makes a ring continuous across the antimeridian. Natural Earth cuts shapes at ±180°, and an edge
 * from 180 to -180 would otherwise be drawn straight across the whole map; longitudes beyond ±180
 * are fine for MapLibre, which wraps the world.
 */
export function unwrapRing(ring: Position[]): Position[] {
	let shift = 0;
	let previous: number | undefined;
	return ring.map(([lng = 0, lat = 0]) => {
		if (previous !== undefined) {
			const step = lng + shift - previous;
			if (step > 180) shift -= 360;
			else if (step < -180) shift += 360;
		}
		previous = lng + shift;
		return [previous, lat];
	});
}

/**
 * Unwraps the rings of one polygon, then moves it by whole turns so that its outer ring is centred
 * in [-180, 180]. A ring that starts east of the antimeridian would otherwise end up a world to the
 * west (Eurasia from Chukotka: -378° to -170°), which MapLibre's tiler draws wrongly below zoom 1.
 */
function unwrapPolygon(polygon: Position[][]): Position[][] {
	const rings = polygon.map(unwrapRing);
	const lngs = (rings[0] ?? []).map(([lng = 0]) => lng);
	const centre = (Math.min(...lngs) + Math.max(...lngs)) / 2;
	const shift = -360 * Math.round(centre / 360);
	if (!shift || !Number.isFinite(shift)) return rings;
	return rings.map((ring) => ring.map(([lng = 0, lat = 0]) => [lng + shift, lat]));
}

function unwrapGeometry(geometry: Geometry): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: unwrapPolygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map(unwrapPolygon) };
		default:
			return geometry;
	}
}

/**
 * Turns one object of a Natural Earth TopoJSON topology (as shipped by `world-atlas`) into the
 * GeoJSON FeatureCollection that MapLibre's `geojson` source takes.
 */
export function topologyLayer(topology: Topology, object: string): FeatureCollection {
	const geometries = topology.objects[object];
	if (!geometries) throw new Error(`TopoJSON object "${object}" not found`);
	// A GeometryCollection object always yields a FeatureCollection.
	const collection = feature(topology, geometries as GeometryCollection);
	return {
		type: 'FeatureCollection',
		features: collection.features.flatMap((f): Feature[] =>
			f.geometry ? [{ ...f, geometry: unwrapGeometry(f.geometry) }] : []
		)
	};
}

/**
 * The borders between countries, each drawn once (a shared border is two polygon edges otherwise),
 * without coastlines, which the land layer draws. Half the vertices of the country polygons.
 */
export function bordersLayer(
	topology: Topology,
	object: string
): FeatureCollection<MultiLineString> {
	const geometries = topology.objects[object];
	if (!geometries) throw new Error(`TopoJSON object "${object}" not found`);
	const lines = mesh(topology, geometries as GeometryCollection, (a, b) => a !== b);
	return {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: lines }]
	};
}

/**
 * Rounds every coordinate to `digits` decimals (4 ≈ 10 m, finer than Natural Earth 1:50m), so the
 * files are smaller and quicker for the map's worker to parse.
 */
export function roundCoordinates<T extends FeatureCollection>(collection: T, digits = 4): T {
	const factor = 10 ** digits;
	const round = (value: unknown): unknown =>
		typeof value === 'number'
			? Math.round(value * factor) / factor
			: Array.isArray(value)
				? value.map(round)
				: value;
	return {
		...collection,
		features: collection.features.map((f) => ({
			...f,
			geometry: f.geometry && {
				...f.geometry,
				...('coordinates' in f.geometry ? { coordinates: round(f.geometry.coordinates) } : {})
			}
		}))
	};
}

/** What a basemap feature is; the style's layers pick theirs by it. */
type BasemapClass = 'land' | 'border' | LabelFeature['properties']['class'];

/**
 * The offline basemap as one FeatureCollection: land polygons, border lines and label points, each
 * tagged with its `class`. One source rather than one per layer: MapLibre fetches, parses, tiles
 * and draws each source apart, and each arrival costs a frame (dear with software WebGL).
 */
export function basemapCollection({
	land,
	borders,
	labels
}: {
	land: FeatureCollection;
	borders: FeatureCollection;
	labels: LabelFeature[];
}): FeatureCollection {
	const tagged = (collection: FeatureCollection, type: BasemapClass) =>
		collection.features.map((f): Feature => ({ ...f, properties: { class: type } }));
	return {
		type: 'FeatureCollection',
		features: [...tagged(land, 'land'), ...tagged(borders, 'border'), ...labels]
	};
}
