import type { StyleSpecification } from 'maplibre-gl';

/** Colours of the offline basemap; one set for each colour scheme. */
export interface BasemapPalette {
	water: string;
	land: string;
	border: string;
	coast: string;
}

export const lightPalette: BasemapPalette = {
	water: '#cfe3ef',
	land: '#f4f1ea',
	border: '#a8a29e',
	coast: '#93b4c8'
};

export const darkPalette: BasemapPalette = {
	water: '#0f1d2a',
	land: '#1f2328',
	border: '#57534e',
	coast: '#2c4a60'
};

export interface BasemapOptions {
	/** Absolute origin the basemap files are served from, e.g. `location.origin`. */
	origin: string;
	palette?: BasemapPalette;
}

/**
 * The offline basemap: Natural Earth land and country borders served by the app itself, so no
 * request leaves its origin. Pure, so it can be tested without a browser.
 */
export function basemapStyle({
	origin,
	palette = lightPalette
}: BasemapOptions): StyleSpecification {
	const url = (path: string) => new URL(path, origin).href;
	return {
		version: 8,
		sources: {
			land: { type: 'geojson', data: url('/basemap/land.geojson'), attribution: '' },
			countries: {
				type: 'geojson',
				data: url('/basemap/countries.geojson'),
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
				paint: { 'line-color': palette.coast, 'line-width': 0.8 }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'countries',
				paint: {
					'line-color': palette.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2]
				}
			}
		]
	};
}
