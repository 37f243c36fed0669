import type { StyleSpecification } from 'maplibre-gl';

/** Colours of the offline basemap; one set for each colour scheme. */
export interface BasemapPalette {
	water: string;
	land: string;
	border: string;
	coast: string;
	/** Country names. */
	countryLabel: string;
	/** City names and their dots. */
	cityLabel: string;
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
	halo: '#f4f1ea'
};

export const darkPalette: BasemapPalette = {
	water: '#0f1d2a',
	land: '#1f2328',
	border: '#57534e',
	coast: '#2c4a60',
	countryLabel: '#9c958e',
	cityLabel: '#d6d0c8',
	halo: '#1f2328'
};

/** One font file (woff2, served by the app) and the characters it covers (CSS `unicode-range`). */
export interface FontFile {
	url: string;
	unicodeRange: string[];
}

/** The font files the labels are drawn with, one list per weight. */
export interface BasemapFonts {
	regular: FontFile[];
	semibold: FontFile[];
}

export interface BasemapOptions {
	/** Absolute origin the basemap files are served from, e.g. `location.origin`. */
	origin: string;
	palette?: BasemapPalette;
	/**
	 * URLs of the label fonts. MapLibre draws the glyphs from these files itself (the style's
	 * `font-faces`), so no glyph server is needed; without them the map has no labels.
	 */
	fonts?: BasemapFonts;
}

/** The basemap's GeoJSON files: coarse (1:110m) for the world view, fine (1:50m) closer in. */
export const BASEMAP_FILES = {
	land: { coarse: '/basemap/land-110m.geojson', fine: '/basemap/land-50m.geojson' },
	borders: { coarse: '/basemap/borders-110m.geojson', fine: '/basemap/borders-50m.geojson' }
} as const;

/** Font stack names the label layers ask for; `font-faces` maps them to files. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/**
 * The offline basemap: Natural Earth land, country borders and country names, and GeoNames city
 * names, all served by the app itself, so no request leaves its origin. Pure, so it can be tested
 * without a browser.
 */
export function basemapStyle({
	origin,
	palette = lightPalette,
	fonts
}: BasemapOptions): StyleSpecification {
	const url = (path: string) => new URL(path, origin).href;
	const style: StyleSpecification = {
		version: 8,
		sources: {
			// Natural Earth 1:110m first, for a quick start; see `detail.ts` for 1:50m.
			land: { type: 'geojson', data: url(BASEMAP_FILES.land.coarse), attribution: '' },
			borders: {
				type: 'geojson',
				data: url(BASEMAP_FILES.borders.coarse),
				attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)'
			}
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': palette.water } },
			{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
			{
				id: 'coast',
				type: 'line',
				source: 'land',
				paint: {
					'line-color': palette.coast,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 1.6]
				}
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				paint: {
					'line-color': palette.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2, 12, 2]
				}
			}
		]
	};
	if (!fonts) return style;
	const faces = (files: FontFile[]) =>
		files.map((f) => ({ url: url(f.url), 'unicode-range': f.unicodeRange }));
	style['font-faces'] = {
		[FONT_REGULAR]: faces(fonts.regular),
		[FONT_SEMIBOLD]: faces(fonts.semibold)
	};
	style.sources.labels = {
		type: 'geojson',
		data: url('/basemap/labels.geojson'),
		attribution: '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
	};
	const halo = { 'text-halo-color': palette.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
	style.layers.push(
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'labels',
			filter: ['==', ['get', 'class'], 'country'],
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
			id: 'city-labels',
			type: 'symbol',
			source: 'labels',
			minzoom: 3,
			// Capitals from zoom 3, the biggest cities from 4, the rest from 6.
			filter: [
				'any',
				['==', ['get', 'class'], 'capital'],
				['all', ['>=', ['zoom'], 4], ['>=', ['get', 'rank'], 3_000_000]],
				['>=', ['zoom'], 6]
			],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'symbol-sort-key': ['-', ['get', 'rank']],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 10, 14],
				'text-max-width': 8,
				'text-padding': 3
			},
			paint: { 'text-color': palette.cityLabel, ...halo }
		}
	);
	return style;
}
