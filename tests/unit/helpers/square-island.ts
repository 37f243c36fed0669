/** Test fixture for the basemap tiler: a square island in the tiler's input form. */
import type { TileInput } from '../../../geo/lib/basemap/tiler';

// A square island from 0° to 20° E and N, cut to zoom 8, solid tiles from zoom 3 on.
export const squareIsland: TileInput = {
	layer: 'earth',
	minZoom: 0,
	maxZoom: 8,
	data: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kind: 'earth' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[0, 0],
							[20, 0],
							[20, 20],
							[0, 20],
							[0, 0]
						]
					]
				}
			}
		]
	}
};
