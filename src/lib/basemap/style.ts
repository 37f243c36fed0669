import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { PLACE_DOT } from './dot';
import { lightPalette, type BasemapPalette } from './palette';
import { TILE_MAX_ZOOM } from './schema';

export interface BasemapOptions {
	/** Absolute origin the basemap tiles are served from, e.g. `location.origin`. */
	origin: string;
	palette?: BasemapPalette;
	/**
	 * Draw names, with the glyphs the app serves at `GLYPHS_URL` (made at build time from Noto
	 * Sans). Without them the map has no labels.
	 */
	labels?: boolean;
}

/** Where the vector tiles are served (`src/routes/basemap/tiles`), XYZ. */
const TILES_URL = '/basemap/tiles/{z}/{x}/{y}.pbf';

const NATURAL_EARTH =
	'<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';
const OPENSTREETMAP =
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (coast, lakes, rivers; ODbL)';
const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';

/** What the offline basemap shows on the map: Natural Earth, OpenStreetMap, GeoNames. */
const BASEMAP_ATTRIBUTION = `${NATURAL_EARTH} | ${OPENSTREETMAP} | ${GEONAMES}`;

/** Font stack names the label layers ask for; the glyph ranges are served under these names. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** Where MapLibre fetches label glyphs: 256 codepoints a file (`src/routes/glyphs`). */
const GLYPHS_URL = '/glyphs/{fontstack}/{range}.pbf';

const kind = (...kinds: string[]): ExpressionSpecification => [
	'in',
	['get', 'kind'],
	['literal', kinds]
];
const geometry = (type: 'Polygon' | 'LineString' | 'Point'): ExpressionSpecification => [
	'==',
	['geometry-type'],
	type
];
/** A name shows from its `min_zoom` (set at build time, `geo/lib/basemap/places.ts`). */
const shown: ExpressionSpecification = ['<=', ['get', 'min_zoom'], ['zoom']];

/**
 * City and town names sit below a dot at the place (the `PLACE_DOT` icon of the same symbol, so a
 * name and its dot show or drop together), clear of the app's own marker when the article names
 * the place (a marker is about 24 px across: the name starts 1.1 em down).
 */
const PLACE_LABEL = {
	'text-field': ['get', 'name'] as ExpressionSpecification,
	'text-font': [FONT_REGULAR],
	'symbol-sort-key': ['-', ['get', 'rank']] as ExpressionSpecification,
	'text-anchor': 'top' as const,
	'text-offset': [0, 1.1] as [number, number],
	'text-max-width': 8,
	'text-padding': 3,
	'icon-image': PLACE_DOT
};

/** Width of a line that grows with the zoom: `stops` are zoom, width pairs. */
const widths = (...stops: number[]): DataDrivenPropertyValueSpecification<number> =>
	['interpolate', ['exponential', 1.4], ['zoom'], ...stops] as ExpressionSpecification;

/** Places from this population are cities (darker, bigger); smaller ones are towns. */
const CITY_POPULATION = 100_000;

/**
 * The offline basemap: vector tiles built at install from Natural Earth, OpenStreetMap-derived
 * coast and water, and GeoNames names (`geo/scripts/basemap.ts`), all served by the app itself,
 * so no request leaves its origin. Layer names follow the Protomaps basemap schema. Pure, so it
 * can be tested without a browser. The server hands it out as JSON (`/basemap/style.json`), so
 * the reader's script does not carry it.
 */
export function basemapStyle({
	origin,
	palette = lightPalette,
	labels = false
}: BasemapOptions): StyleSpecification {
	const base = new URL(origin).origin;
	const source = 'basemap';
	const line = (
		id: string,
		sourceLayer: string,
		filter: ExpressionSpecification,
		paint: Record<string, unknown>
	): LayerSpecification =>
		({
			id,
			type: 'line',
			source,
			'source-layer': sourceLayer,
			filter,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint
		}) as LayerSpecification;
	const style: StyleSpecification = {
		version: 8,
		sources: {
			[source]: {
				type: 'vector',
				// The template is made absolute by hand: `new URL` would escape its braces.
				tiles: [base + TILES_URL],
				minzoom: 0,
				maxzoom: TILE_MAX_ZOOM,
				attribution: BASEMAP_ATTRIBUTION
			}
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': palette.water } },
			{
				id: 'earth',
				type: 'fill',
				source,
				'source-layer': 'earth',
				// No antialiased outline pass: the coast line draws the edge.
				paint: { 'fill-color': palette.land, 'fill-antialias': false }
			},
			line('coast', 'earth', geometry('Polygon'), {
				'line-color': palette.coast,
				'line-width': widths(2, 0.5, 10, 1.2)
			}),
			{
				id: 'water-areas',
				type: 'fill',
				source,
				'source-layer': 'water',
				filter: geometry('Polygon'),
				paint: { 'fill-color': palette.water }
			},
			line('rivers', 'water', ['all', geometry('LineString'), kind('river')], {
				'line-color': palette.river,
				// Wider as the map zooms in: a hairline at the world view, a stroke at a town's.
				'line-width': widths(2, 0.3, 5, 0.8, 8, 1.6, 12, 3.5)
			}),
			line('region-borders', 'boundaries', kind('region'), {
				'line-color': palette.regionBorder,
				'line-width': widths(3, 0.6, 7, 1.1, 12, 1.8),
				'line-dasharray': [4, 2]
			}),
			line(
				'country-borders',
				'boundaries',
				['all', kind('country'), ['!=', ['get', 'disputed'], 1]],
				{
					'line-color': palette.border,
					'line-width': widths(1, 0.4, 6, 1.2, 12, 2.2)
				}
			),
			line(
				'disputed-borders',
				'boundaries',
				['all', kind('country'), ['==', ['get', 'disputed'], 1]],
				{
					'line-color': palette.border,
					'line-width': widths(1, 0.4, 6, 1.2, 12, 2.2),
					'line-dasharray': [2, 2]
				}
			)
		]
	};
	if (!labels) return style;
	style.glyphs = base + GLYPHS_URL;
	const halo = { 'text-halo-color': palette.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
	const symbol = (
		id: string,
		sourceLayer: string,
		filter: ExpressionSpecification,
		layout: Record<string, unknown>,
		paint: Record<string, unknown>,
		zooms: { minzoom?: number; maxzoom?: number } = {}
	): LayerSpecification =>
		({
			id,
			type: 'symbol',
			source,
			'source-layer': sourceLayer,
			filter,
			layout,
			paint,
			...zooms
		}) as LayerSpecification;
	style.layers.push(
		symbol(
			'water-labels',
			'water',
			['all', geometry('Point'), shown],
			{
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'symbol-sort-key': ['-', ['get', 'rank']],
				'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 14],
				'text-letter-spacing': 0.1,
				'text-max-width': 6
			},
			{ 'text-color': palette.waterLabel, ...halo, 'text-halo-color': palette.water }
		),
		symbol(
			'region-labels',
			'places',
			['all', kind('region'), shown],
			{
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 13],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08,
				'text-max-width': 7,
				'text-padding': 6
			},
			{ 'text-color': palette.regionLabel, ...halo },
			// Mid zoom: at a town's zoom the division is known and its name only crowds the map.
			{ minzoom: 5, maxzoom: 10 }
		),
		symbol(
			'country-labels',
			'places',
			['all', kind('country'), shown],
			{
				'text-field': ['get', 'name'],
				'text-font': [FONT_SEMIBOLD],
				// Big countries first; small ones appear as there is room.
				'symbol-sort-key': ['-', ['get', 'rank']],
				'text-size': [
					'interpolate',
					['linear'],
					['zoom'],
					2,
					['step', ['get', 'rank'], 9, 40, 11, 400, 13],
					6,
					['step', ['get', 'rank'], 12, 40, 15, 400, 17]
				],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08,
				'text-max-width': 7,
				'text-padding': 4
			},
			{ 'text-color': palette.countryLabel, ...halo },
			{ maxzoom: 9 }
		),
		symbol(
			'town-labels',
			'places',
			['all', kind('locality'), ['<', ['get', 'rank'], CITY_POPULATION], shown],
			{ ...PLACE_LABEL, 'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 12, 13] },
			{
				'text-color': palette.townLabel,
				'icon-color': palette.townLabel,
				...halo,
				'icon-opacity': 0.8
			}
		),
		symbol(
			'city-labels',
			'places',
			[
				'all',
				[
					'any',
					kind('capital'),
					['all', kind('locality'), ['>=', ['get', 'rank'], CITY_POPULATION]]
				],
				shown
			],
			{ ...PLACE_LABEL, 'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 10, 14] },
			{
				'text-color': palette.cityLabel,
				'icon-color': palette.cityLabel,
				...halo,
				'icon-opacity': 0.8
			}
		)
	);
	return style;
}
