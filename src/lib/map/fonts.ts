/**
 * The label fonts: Noto Sans (SIL Open Font License) from `@fontsource/noto-sans`. Importing the
 * files with `?url` makes Vite copy them out of node_modules into the build, so the app serves
 * them itself and MapLibre draws its glyphs from them (no glyph server, no outside request).
 * Ranges are the package's own `unicode-range` subsets; a subset is fetched only when needed.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import type { BasemapFonts } from './style';

const LATIN = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2212'
];
const LATIN_EXT = [
	'U+0100-0130',
	'U+0132-0151',
	'U+0154-02BA',
	'U+02BD-02C5',
	'U+02C7-02CC',
	'U+02CE-02D7',
	'U+02DD-02FF',
	'U+1E00-1E9F',
	'U+1EF2-1EFF'
];

export const labelFonts: BasemapFonts = {
	regular: [
		{ url: latin400, unicodeRange: LATIN },
		{ url: latinExt400, unicodeRange: LATIN_EXT }
	],
	semibold: [
		{ url: latin600, unicodeRange: LATIN },
		{ url: latinExt600, unicodeRange: LATIN_EXT }
	]
};
