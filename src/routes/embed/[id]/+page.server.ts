import { env } from '$env/dynamic/public';
import { describePlaces, loadSharedArticle } from '$lib/server/share/load';
import { decodeShareParams } from '$lib/share/params';
import { readerData } from '../../a/reader.server';
import type { PageServerLoad } from './$types';

/** The embed view: the same article, corrections and selection as `/a/{id}`, minimal chrome. */
export const load: PageServerLoad = async ({ params, url }) => {
	const plain = new URL(url);
	for (const name of ['fix', 'v', 'add', 'one', 'ok']) plain.searchParams.delete(name);
	const { article, result } = await loadSharedArticle(params.id, plain);
	const share = decodeShareParams(url.searchParams);
	const { targets, withoutOutline, corrected } = readerData(
		result,
		share.state.corrections,
		share.state.edits,
		article.text
	);
	return {
		article,
		result,
		share: share.state,
		targets,
		withoutOutline,
		description: describePlaces(corrected),
		mapStyleUrl: env.PUBLIC_MAP_STYLE_URL ?? ''
	};
};
