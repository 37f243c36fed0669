/**
 * The offline basemap's colours, one set for each colour scheme, and how a drawn map switches
 * from one to the other (the layers are those of `style.ts`, which the server hands out).
 */
/** Colours of the offline basemap; one set for each colour scheme. */
export interface BasemapPalette {
	/** Sea, lakes and river areas. */
	water: string;
	/** Rivers drawn as lines. */
	river: string;
	land: string;
	coast: string;
	/** Country borders. */
	border: string;
	/** First-level division (state, province) borders. */
	regionBorder: string;
	/** Country names. */
	countryLabel: string;
	/** State and province names. */
	regionLabel: string;
	/** City names. */
	cityLabel: string;
	/** Town names: quieter than cities. */
	townLabel: string;
	/** Sea and ocean names. */
	waterLabel: string;
	/** Outline drawn behind label letters so they read over borders and coasts. */
	halo: string;
}

/**
 * Muted, low-contrast colours: the app's markers (saturated, white-rimmed) are the brightest
 * things on the map in either scheme.
 */
export const lightPalette: BasemapPalette = {
	water: '#cfe3ef',
	river: '#a9cbe0',
	land: '#f4f1ea',
	coast: '#9fbdd0',
	border: '#a39a92',
	regionBorder: '#b3a89c',
	countryLabel: '#6b6560',
	regionLabel: '#8d857d',
	cityLabel: '#3f3a36',
	townLabel: '#5c5651',
	waterLabel: '#5b7f99',
	halo: '#f4f1ea'
};

export const darkPalette: BasemapPalette = {
	water: '#0f1d2a',
	river: '#1d3a52',
	land: '#1f2328',
	coast: '#2c4a60',
	border: '#6a635c',
	regionBorder: '#524c46',
	countryLabel: '#9c958e',
	regionLabel: '#7d766f',
	cityLabel: '#d6d0c8',
	townLabel: '#b3ada5',
	waterLabel: '#6f93ad',
	halo: '#1f2328'
};

/** Layer ids whose colours follow the palette, and which palette entry each paint property takes. */
const PALETTE_PAINT: Array<[string, string, keyof BasemapPalette]> = [
	['water', 'background-color', 'water'],
	['earth', 'fill-color', 'land'],
	['coast', 'line-color', 'coast'],
	['water-areas', 'fill-color', 'water'],
	['rivers', 'line-color', 'river'],
	['region-borders', 'line-color', 'regionBorder'],
	['country-borders', 'line-color', 'border'],
	['disputed-borders', 'line-color', 'border'],
	['water-labels', 'text-color', 'waterLabel'],
	['water-labels', 'text-halo-color', 'water'],
	['region-labels', 'text-color', 'regionLabel'],
	['region-labels', 'text-halo-color', 'halo'],
	['country-labels', 'text-color', 'countryLabel'],
	['country-labels', 'text-halo-color', 'halo'],
	['town-labels', 'text-color', 'townLabel'],
	['town-labels', 'icon-color', 'townLabel'],
	['town-labels', 'text-halo-color', 'halo'],
	['city-labels', 'text-color', 'cityLabel'],
	['city-labels', 'icon-color', 'cityLabel'],
	['city-labels', 'text-halo-color', 'halo']
];

/** The paint properties to set to switch a drawn basemap to `palette` (light ⇄ dark). */
export function palettePaint(palette: BasemapPalette): Array<[string, string, string]> {
	return PALETTE_PAINT.map(([layer, property, entry]) => [layer, property, palette[entry]]);
}
