import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { BBox } from '../gazetteer/types';

/**
 * A bbox as a closed polygon ring, for outlining an area we have no polygon for (a province or a
 * region). Across the antimeridian the east edge is carried past 180 so the box does not wrap
 * the world the wrong way.
 */
export function bboxPolygon([west, south, east, north]: BBox): Feature<Polygon> {
	const e = east < west ? east + 360 : east;
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west, south],
					[e, south],
					[e, north],
					[west, north],
					[west, south]
				]
			]
		}
	};
}

export const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };
