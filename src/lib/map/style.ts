import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { PLACE_DOT } from './dot';
import { TOWNS_FROM_ZOOM } from './town-cells';

/** Colours of the offline basemap; one set for each colour scheme. */
export interface BasemapPalette {
	water: string;
	land: string;
	border: string;
	coast: string;
	/** Country names. */
	countryLabel: string;
	/** City names. */
	cityLabel: string;
	/** Town names (zoomed in): quieter than cities. */
	townLabel: string;
	/** Outline drawn behind label letters so they read over borders and coasts. */
	halo: string;
}

export const lightPalette: BasemapPalette = {
	water: '#cfe3ef',
	land: '#f4f1ea',
	border: '#a8a29e',
	coast: '#93b4c8',
	countryLabel: '#6b6560',
	cityLabel: '#3f3a36',
	townLabel: '#5c5651',
	halo: '#f4f1ea'
};

export const darkPalette: BasemapPalette = {
	water: '#0f1d2a',
	land: '#1f2328',
	border: '#57534e',
	coast: '#2c4a60',
	countryLabel: '#9c958e',
	cityLabel: '#d6d0c8',
	townLabel: '#b3ada5',
	halo: '#1f2328'
};

export interface BasemapOptions {
	/** Absolute origin the basemap files are served from, e.g. `location.origin`. */
	origin: string;
	palette?: BasemapPalette;
	/**
	 * Draw country and city labels, with the glyphs the app serves at `GLYPHS_URL` (made at build
	 * time from Noto Sans). Without them the map has no labels.
	 */
	labels?: boolean;
	/** The zoom the map opens at: from `FINE_FROM_ZOOM` on it starts with the fine file. */
	zoom?: number;
}

/**
 * The basemap's GeoJSON files, each the whole basemap in one `basemap` source (see
 * `basemapCollection`): coarse (Natural Earth 1:110m, a tenth of the data) for the world view,
 * fine (1:50m) closer in.
 */
export const BASEMAP_FILES = {
	coarse: '/basemap/world-110m.geojson',
	fine: '/basemap/world-50m.geojson'
} as const;

/** From this zoom on, 1:110m coastlines look coarse: the fine file is used (see `detail.ts`). */
export const FINE_FROM_ZOOM = 2.5;

const NATURAL_EARTH =
	'<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';
const GEONAMES = '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';
/** Picks the features of one `class` of the basemap source. */
const ofClass = (name: string): ExpressionSpecification => ['==', ['get', 'class'], name];

/** Font stack names the label layers ask for; the glyph ranges are served under these names. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** Where MapLibre fetches label glyphs: 256 codepoints a file (`src/routes/glyphs`). */
const GLYPHS_URL = '/glyphs/{fontstack}/{range}.pbf';

/** Capitals from zoom 3, the biggest cities from 4, the rest from 6. */
const CITY_FILTER: ExpressionSpecification = [
	'any',
	ofClass('capital'),
	['all', ofClass('city'), ['>=', ['zoom'], 4], ['>=', ['get', 'rank'], 3_000_000]],
	['all', ofClass('city'), ['>=', ['zoom'], 6]]
];

/** The bigger towns first, all of them from zoom 9 (where a town's surroundings show). */
const TOWN_FILTER: ExpressionSpecification = [
	'any',
	['>=', ['get', 'rank'], 20_000],
	['all', ['>=', ['zoom'], 8], ['>=', ['get', 'rank'], 5_000]],
	['>=', ['zoom'], 9]
];

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

const DOT = { 'icon-opacity': 0.8 };

/**
 * The offline basemap: Natural Earth land, country borders and country names, and GeoNames city
 * names, all served by the app itself, so no request leaves its origin. Pure, so it can be tested
 * without a browser.
 */
export function basemapStyle({
	origin,
	palette = lightPalette,
	labels = false,
	zoom = 0
}: BasemapOptions): StyleSpecification {
	const file = zoom >= FINE_FROM_ZOOM ? BASEMAP_FILES.fine : BASEMAP_FILES.coarse;
	const style: StyleSpecification = {
		version: 8,
		sources: {
			basemap: {
				type: 'geojson',
				data: new URL(file, origin).href,
				attribution: labels ? `${NATURAL_EARTH} | ${GEONAMES}` : NATURAL_EARTH
			}
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': palette.water } },
			{
				id: 'land',
				type: 'fill',
				source: 'basemap',
				filter: ofClass('land'),
				// No antialiased outline pass: the coast line draws the edge.
				paint: { 'fill-color': palette.land, 'fill-antialias': false }
			},
			{
				id: 'coast',
				type: 'line',
				source: 'basemap',
				filter: ofClass('land'),
				paint: {
					'line-color': palette.coast,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 1.6]
				}
			},
			{
				id: 'borders',
				type: 'line',
				source: 'basemap',
				filter: ofClass('border'),
				paint: {
					'line-color': palette.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2, 12, 2]
				}
			}
		]
	};
	if (!labels) return style;
	// The template is made absolute by hand: `new URL` would escape its braces.
	style.glyphs = new URL(origin).origin + GLYPHS_URL;
	// Empty until the map is zoomed in to TOWNS_FROM_ZOOM: then `towns.ts` fills it with the
	// cells in view, so the opening world view loads no town at all.
	style.sources.towns = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
	const halo = { 'text-halo-color': palette.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
	style.layers.push(
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'basemap',
			filter: ofClass('country'),
			layout: {
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
			paint: { 'text-color': palette.countryLabel, ...halo }
		},
		{
			id: 'town-labels',
			type: 'symbol',
			source: 'towns',
			minzoom: TOWNS_FROM_ZOOM,
			// The bigger towns first, all of them from zoom 9 (where a town's surroundings show).
			filter: TOWN_FILTER,
			layout: {
				...PLACE_LABEL,
				'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 12, 13]
			},
			paint: { 'text-color': palette.townLabel, 'icon-color': palette.townLabel, ...halo, ...DOT }
		},
		{
			id: 'city-labels',
			type: 'symbol',
			source: 'basemap',
			minzoom: 3,
			// Capitals from zoom 3, the biggest cities from 4, the rest from 6.
			filter: CITY_FILTER,
			layout: {
				...PLACE_LABEL,
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 10, 14]
			},
			paint: { 'text-color': palette.cityLabel, 'icon-color': palette.cityLabel, ...halo, ...DOT }
		}
	);
	return style;
}
