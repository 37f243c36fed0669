import { env } from '$env/dynamic/public';
import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import { decodeShareParams } from '$lib/share/decode';
import { readerData } from '../reader.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	// The parse without the link's corrections: the reader applies them (and can undo them).
	const { article, parse } = await loadSharedArticle(params.id, locals);
	const share = decodeShareParams(url.searchParams);
	const { packed, targets, unresolved, dropped, withoutOutline, placeNames } = readerData(
		parse,
		share.state.corrections,
		share.state.edits
	);
	return {
		article,
		packed,
		share: share.state,
		targets,
		withoutOutline,
		dropped: [
			...share.dropped,
			...unresolved.map((key) => `fix: no such place for "${key}"`),
			...dropped
		],
		description: describePlaces(placeNames),
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
