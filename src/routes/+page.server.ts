import { env } from '$env/dynamic/public';
import { demoArticle } from '$lib/demo/article';
import type { GeoparseResult } from '$lib/geoparse/types';
import { geoparseText } from '$lib/server/geoparse';
import { decodeShareParams } from '$lib/share/params';
import { readerData } from './a/reader.server';
import type { PageServerLoad } from './$types';

/** The demo article never changes: geoparse it once per server process, on first request. */
let demoResult: GeoparseResult | undefined;

export const load: PageServerLoad = ({ url }) => {
	demoResult ??= geoparseText(demoArticle.text);
	// The demo page shares like any article: `/?place=…&m=…&map=…&fix=…`.
	const share = decodeShareParams(url.searchParams);
	const { targets, unresolved, dropped, withoutOutline } = readerData(
		demoResult,
		share.state.corrections,
		share.state.edits,
		demoArticle.text
	);
	return {
		article: demoArticle,
		result: demoResult,
		share: share.state,
		targets,
		withoutOutline,
		dropped: [
			...share.dropped,
			...unresolved.map((key) => `fix: no such place for "${key}"`),
			...dropped
		],
		// An online basemap for deployments with internet; empty means the offline one.
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
