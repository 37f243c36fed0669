/**
 * The deployer's finer layers (`npm run basemap:build -- --fine-coast … --fine-water …
 * --fine-borders …`, or the BASEMAP_FINE_* variables at install): Natural Earth 1:10m files
 * they download, as GeoJSON. Pure: collections in, tile layer features out.
 */

import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Props = Record<string, unknown> | null;

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** A geometry as its single parts (a MultiPolygon's polygons, a collection's members). */
function singleParts(geometry: Geometry): Geometry[] {
	switch (geometry.type) {
		case 'GeometryCollection':
			return geometry.geometries.flatMap(singleParts);
		case 'MultiPolygon':
			return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
		case 'MultiLineString':
			return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
		default:
			return [geometry];
	}
}

/**
 * Any GeoJSON as a collection of single polygons and lines, each keeping its feature's
 * properties: the tiler then skips whole parts that lie inside a tile, instead of clipping every
 * vertex of a continent at every zoom.
 */
export function singlePartFeatures(
	data: FeatureCollection | Feature | Geometry
): FeatureCollection {
	const features: Feature[] =
		data.type === 'FeatureCollection'
			? data.features
			: data.type === 'Feature'
				? [data]
				: [{ type: 'Feature', properties: {}, geometry: data }];
	return collection(
		features.flatMap((f) =>
			f.geometry
				? singleParts(f.geometry).map((geometry) => ({
						type: 'Feature' as const,
						properties: f.properties ?? {},
						geometry
					}))
				: []
		)
	);
}

const nameOf = (p: Props) => {
	const name = p?.name_en ?? p?.name;
	return typeof name === 'string' && name ? { name } : {};
};

/**
 * Lakes and reservoirs (polygons) and rivers (lines) of a Natural Earth water file
 * (ne_10m_lakes, ne_10m_rivers_lake_centerlines…), with their names where the file has them.
 */
export function waterFeatures(data: FeatureCollection): FeatureCollection {
	return collection(
		singlePartFeatures(data).features.flatMap((f): Feature[] => {
			const p = f.properties as Props;
			const kind =
				f.geometry.type === 'Polygon' ? 'lake' : f.geometry.type === 'LineString' ? 'river' : null;
			return kind ? [{ ...f, properties: { kind, ...nameOf(p) } }] : [];
		})
	);
}

/** Natural Earth's classes of a boundary line that is not an agreed border. */
const DISPUTED = /disputed|indefinite|indeterminate|claim|line of control|breakaway/i;

/**
 * Country borders of a Natural Earth boundary file (ne_10m_admin_0_boundary_lines_land): the
 * lines its `featurecla` calls disputed, indefinite or a claim are flagged to be drawn dashed.
 */
export function borderFeatures(data: FeatureCollection): FeatureCollection {
	return collection(
		singlePartFeatures(data).features.flatMap((f): Feature[] => {
			if (f.geometry.type !== 'LineString') return [];
			const p = f.properties as Props;
			const label = `${p?.featurecla ?? ''} ${p?.FEATURECLA ?? ''}`;
			return [{ ...f, properties: { kind: 'country', disputed: DISPUTED.test(label) ? 1 : 0 } }];
		})
	);
}
