import { json } from '@sveltejs/kit';
import { darkPalette, lightPalette } from '$lib/basemap/palette';
import { basemapStyle } from '$lib/basemap/style';
import type { RequestHandler } from './$types';

/**
 * The offline basemap's MapLibre style, with labels, in the light colours or (`?scheme=dark`)
 * the dark ones. Built here rather than in the page: the reader's script stays small, and
 * MapLibre fetches a style by URL as it fetches the tiles.
 */
export const GET: RequestHandler = ({ url }) => {
	const palette = url.searchParams.get('scheme') === 'dark' ? darkPalette : lightPalette;
	return json(basemapStyle({ origin: url.origin, palette, labels: true }), {
		headers: { 'cache-control': 'public, max-age=3600' }
	});
};
