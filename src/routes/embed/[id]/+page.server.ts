import { env } from '$env/dynamic/public';
import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import { decodeShareParams } from '$lib/share/decode';
import { readerData } from '../../a/reader.server';
import type { PageServerLoad } from './$types';

/** The embed view: the same article, corrections and selection as `/a/{id}`, minimal chrome. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { article, parse } = await loadSharedArticle(params.id, locals);
	const share = decodeShareParams(url.searchParams);
	const { packed, targets, withoutOutline, placeNames } = readerData(
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
		description: describePlaces(placeNames),
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
