/**
 * The basemap's vector tile schema: layer names and kinds after the Protomaps basemap schema
 * (`earth`, `water`, `boundaries`, `places`), so its styles read like Protomaps ones.
 */

/**
 * Tiles exist for zooms 0 to this (extent 4096: ≈ 19 m a unit at zoom 9, finer than the 250 m
 * coast); MapLibre over-zooms them to 12 and beyond, where they hold every town's name.
 */
export const TILE_MAX_ZOOM = 9;

/**
 * Up to this zoom the tiles come from Natural Earth 1:50m (small, smooth); from the next one on,
 * coast and lakes come from the OpenStreetMap-derived 250 m / 1 km layers.
 */
export const LOW_ZOOM_MAX = 4;

/** Place labels are assigned a zoom from 0 up to this one (the map's useful range). */
export const LABEL_MAX_ZOOM = 12;

export const LAYERS = {
	/** Land polygons. */
	earth: 'earth',
	/** Lakes (polygons; the deployer's river areas too), rivers (lines), water names (points). */
	water: 'water',
	/** Country and first-level division lines: `kind` `country` | `region`, `disputed` 0/1. */
	boundaries: 'boundaries',
	/** Names: `kind` `country` | `region` | `locality`, with `min_zoom` and `population`. */
	places: 'places'
} as const;

export type LayerName = (typeof LAYERS)[keyof typeof LAYERS];

type PlaceKind = 'country' | 'region' | 'locality' | 'capital';
export type BoundaryKind = 'country' | 'region';

/** Properties of a `places` point. */
export interface PlaceProps {
	kind: PlaceKind;
	name: string;
	/** The first zoom the name shows at. */
	min_zoom: number;
	/** Population (localities), area rank (countries): higher is placed first. */
	rank: number;
}
