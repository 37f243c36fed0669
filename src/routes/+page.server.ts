import { env } from '$env/dynamic/public';
import { demoArticle } from '$lib/demo/article';
import type { GeoparseResult } from '$lib/geoparse/types';
import { geoparseText } from '$lib/server/geoparse';
import type { PageServerLoad } from './$types';

/** The demo article never changes: geoparse it once per server process, on first request. */
let demoResult: GeoparseResult | undefined;

export const load: PageServerLoad = () => {
	demoResult ??= geoparseText(demoArticle.text);
	return {
		article: demoArticle,
		result: demoResult,
		// An online basemap for deployments with internet; empty means the offline one.
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
