import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

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

function unwrapGeometry(geometry: Geometry): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
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
