import { env } from '$env/dynamic/public';
import { demoArticle } from '$lib/demo/article';
import { getParseCache } from '$lib/server/parse/index';
import { decodeShareParams } from '$lib/share/decode';
import { readerData } from './a/reader.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	// The demo article is parsed once, like any stored article (then served from memory).
	const { parse } = await getParseCache().get(demoArticle.text, demoArticle.title);
	// The demo page shares like any article: `/?place=…&m=…&map=…&fix=…`.
	const share = decodeShareParams(url.searchParams);
	const { packed, targets, unresolved, dropped, withoutOutline } = readerData(
		parse,
		share.state.corrections,
		share.state.edits
	);
	return {
		article: demoArticle,
		packed,
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
